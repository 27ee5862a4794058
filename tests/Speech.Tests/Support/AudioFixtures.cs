using MockInterview.Speech.Audio;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Support;

/// <summary>Audio made for tests: silences, joined utterances, and a WAV converted by ffmpeg to the compressed
/// formats browsers and phones upload.</summary>
internal static class AudioFixtures
{
    public static PcmAudio Silence(double seconds) => new(new short[(int)(seconds * PcmAudio.RecognitionSampleRate)], PcmAudio.RecognitionSampleRate);

    /// <summary>The pieces one after another (all at 16 kHz).</summary>
    public static PcmAudio Join(params PcmAudio[] pieces) =>
        new([.. pieces.SelectMany(p => p.Samples)], PcmAudio.RecognitionSampleRate);

    /// <summary>Low white noise (about -50 dBFS), seeded: background without speech.</summary>
    public static PcmAudio Noise(double seconds, int seed = 1)
    {
        var random = new Random(seed);
        var samples = new short[(int)(seconds * PcmAudio.RecognitionSampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)random.Next(-180, 181);
        }

        return new PcmAudio(samples, PcmAudio.RecognitionSampleRate);
    }

    public static byte[] Wav(PcmAudio audio) => WavWriter.ToBytes(audio);

    /// <summary>Converts <paramref name="wav"/> with ffmpeg: "webm" (Opus), "ogg" (Opus), "mp3", "flac".</summary>
    public static async Task<byte[]> ConvertAsync(byte[] wav, string extension)
    {
        using var folder = new TempFolder("speech-tests-ffmpeg");
        var input = Path.Combine(folder.Path, "in.wav");
        var output = Path.Combine(folder.Path, "out." + extension);
        await File.WriteAllBytesAsync(input, wav);
        string[] codec = extension switch
        {
            "webm" or "ogg" => ["-c:a", "libopus", "-b:a", "32k"],
            "mp3" => ["-c:a", "libmp3lame", "-b:a", "64k"],
            _ => [],
        };
        await ExternalTool.RunAsync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", input, .. codec, output]);
        return await File.ReadAllBytesAsync(output);
    }
}
