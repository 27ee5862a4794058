namespace MockInterview.Speech.Audio;

/// <summary>Mono 16-bit PCM samples at a known rate: what every engine reads and writes.</summary>
public sealed class PcmAudio
{
    /// <summary>The rate the recognisers take (16 kHz).</summary>
    public const int RecognitionSampleRate = 16_000;

    /// <summary>Wraps <paramref name="samples"/> (not copied).</summary>
    public PcmAudio(short[] samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1000);
        Samples = samples;
        SampleRate = sampleRate;
    }

    /// <summary>The samples.</summary>
    public short[] Samples { get; }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>The length in seconds.</summary>
    public double DurationSeconds => (double)Samples.Length / SampleRate;
}
