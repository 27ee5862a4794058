using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Tests.Synthesis;

/// <summary>Measures synthesised audio: loudness and speaking rate.</summary>
internal static class SpokenAudio
{
    /// <summary>Root mean square of the samples on the 16-bit scale; silence is 0, quiet speech is several hundred.</summary>
    public static double Rms(PcmAudio audio) =>
        audio.Samples.Length == 0 ? 0 : Math.Sqrt(audio.Samples.Average(s => (double)s * s));

    public static double WordsPerMinute(string text, double seconds) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / (seconds / 60);

    public static async Task<PcmAudio> AllAsync(IAsyncEnumerable<PcmAudio> chunks)
    {
        var list = new List<PcmAudio>();
        await foreach (var chunk in chunks)
        {
            list.Add(chunk);
        }

        Assert.NotEmpty(list);
        return new PcmAudio(list.SelectMany(c => c.Samples).ToArray(), list[0].SampleRate);
    }

    public static async Task<PcmAudio> ReadWavAsync(Storage.Files.IFileStore files, string key)
    {
        await using var stream = await files.OpenReadAsync(key, CancellationToken.None);
        Assert.NotNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var format = WavReader.ReadFormat(bytes);
        Assert.Equal(16, format.BitsPerSample);
        Assert.Equal(1, format.Channels);
        return new PcmAudio(WavReader.ReadMono(bytes, format).Select(f => (short)Math.Round(f * 32767)).ToArray(), format.SampleRate);
    }
}
