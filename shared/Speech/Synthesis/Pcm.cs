namespace MockInterview.Speech.Synthesis;

/// <summary>Sample conversions between the WAV reader's floats and 16-bit PCM, and joining chunks.</summary>
internal static class Pcm
{
    public static short[] ToShorts(ReadOnlySpan<float> samples)
    {
        var pcm = new short[samples.Length];
        for (var i = 0; i < samples.Length; i++)
        {
            pcm[i] = (short)Math.Clamp(MathF.Round(samples[i] * 32768f), short.MinValue, short.MaxValue);
        }

        return pcm;
    }

    /// <summary>The chunks one after the other.</summary>
    /// <exception cref="SpeechEngineUnavailableException">The engine changed its sample rate between chunks.</exception>
    public static Audio.PcmAudio Join(IReadOnlyList<Audio.PcmAudio> chunks)
    {
        if (chunks.Count == 1)
        {
            return chunks[0];
        }

        var rate = chunks[0].SampleRate;
        if (chunks.Any(c => c.SampleRate != rate))
        {
            throw new SpeechEngineUnavailableException("The text-to-speech engine returned pieces at different sample rates.");
        }

        var samples = new short[chunks.Sum(c => c.Samples.Length)];
        var at = 0;
        foreach (var chunk in chunks)
        {
            chunk.Samples.CopyTo(samples, at);
            at += chunk.Samples.Length;
        }

        return new Audio.PcmAudio(samples, rate);
    }
}
