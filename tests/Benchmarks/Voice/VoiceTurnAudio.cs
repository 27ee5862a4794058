using System.Diagnostics;
using MockInterview.Speech.Audio;

namespace MockInterview.Benchmarks.Voice;

/// <summary>The benchmark's answers, spoken by flite (slt) before any timing starts: thinking time, then one sentence at
/// a time with the pauses of <see cref="VoiceTurnAnswers"/> between them, at 16 kHz.</summary>
internal static class VoiceTurnAudio
{
    /// <summary>The spoken answer of <paramref name="sentences"/>, followed by <paramref name="trailingSeconds"/> of
    /// silence before the answer ends.</summary>
    public static async Task<VoiceTurnAnswer> SpeakAsync(IReadOnlyList<string> sentences, double trailingSeconds)
    {
        const int rate = PcmAudio.RecognitionSampleRate;
        var samples = new List<short>(new short[(int)(VoiceTurnAnswers.ThinkingSeconds * rate)]);
        for (var i = 0; i < sentences.Count; i++)
        {
            samples.AddRange(await SpeakSentenceAsync(sentences[i]));
            if (i < sentences.Count - 1)
            {
                var pause = VoiceTurnAnswers.PauseSeconds[i % VoiceTurnAnswers.PauseSeconds.Count];
                samples.AddRange(new short[(int)(pause * rate)]);
            }
        }

        samples.AddRange(new short[(int)(trailingSeconds * rate)]);
        return new VoiceTurnAnswer(new PcmAudio([.. samples], rate));
    }

    private static async Task<short[]> SpeakSentenceAsync(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "bench-voice-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            var start = new ProcessStartInfo("flite") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "-voice", "slt", "-t", text, "-o", path })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("flite did not start.");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"flite failed: {await process.StandardError.ReadToEndAsync()}");
            }

            var wav = await File.ReadAllBytesAsync(path);
            var format = WavReader.ReadFormat(wav);
            return Resampler.ToPcm16(WavReader.ReadMono(wav, format), format.SampleRate, PcmAudio.RecognitionSampleRate);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
