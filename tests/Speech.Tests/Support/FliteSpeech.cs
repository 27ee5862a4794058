using MockInterview.Speech.Audio;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Support;

/// <summary>Real speech for the recognition tests: flite speaks a text into a WAV in a temporary folder. Results are
/// kept per text and voice for the test run, since several tests speak the same sentences.</summary>
internal static class FliteSpeech
{
    private static readonly Dictionary<(string Text, string Voice), Task<byte[]>> Spoken = [];
    private static readonly Lock Gate = new();

    /// <summary>The WAV file flite writes for <paramref name="text"/> (16 kHz mono 16-bit for its built-in voices).</summary>
    public static Task<byte[]> WavAsync(string text, string voice = "slt")
    {
        lock (Gate)
        {
            if (!Spoken.TryGetValue((text, voice), out var wav) || wav.IsFaulted)
            {
                wav = SpeakAsync(text, voice);
                Spoken[(text, voice)] = wav;
            }

            return wav;
        }
    }

    /// <summary>The samples flite speaks for <paramref name="text"/>.</summary>
    public static async Task<PcmAudio> PcmAsync(string text, string voice = "slt")
    {
        var wav = await WavAsync(text, voice);
        var format = WavReader.ReadFormat(wav);
        return new PcmAudio(Resampler.ToPcm16(WavReader.ReadMono(wav, format), format.SampleRate, PcmAudio.RecognitionSampleRate), PcmAudio.RecognitionSampleRate);
    }

    private static async Task<byte[]> SpeakAsync(string text, string voice)
    {
        using var folder = new TempFolder("speech-tests-flite");
        var path = Path.Combine(folder.Path, "speech.wav");
        await ExternalTool.RunAsync("flite", "-voice", voice, "-t", text, "-o", path);
        return await File.ReadAllBytesAsync(path);
    }
}
