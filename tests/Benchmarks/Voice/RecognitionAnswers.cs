using System.Diagnostics;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Benchmarks.Voice;

/// <summary>Spoken answers for the recognition benchmark: flite (slt) speaks interview sentences, joined with short
/// pauses into answers of about 5 to 60 seconds.</summary>
internal static class RecognitionAnswers
{
    private static IReadOnlyList<string> Sentences => InterviewAnswers.Sentences;

    private static readonly double[] TargetSeconds = [5, 10, 20, 30, 45, 60];

    /// <summary>One answer per target length, with the text that was spoken.</summary>
    public static async Task<IReadOnlyList<(string Text, PcmAudio Audio)>> CreateAsync()
    {
        var spoken = new List<PcmAudio>();
        foreach (var sentence in Sentences)
        {
            spoken.Add(await SpeakAsync(sentence));
        }

        var pause = new short[PcmAudio.RecognitionSampleRate / 2];
        var answers = new List<(string, PcmAudio)>();
        foreach (var target in TargetSeconds)
        {
            var samples = new List<short>();
            var words = new List<string>();
            for (var i = 0; samples.Count < target * PcmAudio.RecognitionSampleRate; i++)
            {
                samples.AddRange(spoken[i % spoken.Count].Samples);
                samples.AddRange(pause);
                words.Add(Sentences[i % Sentences.Count]);
            }

            answers.Add((string.Join(' ', words), new PcmAudio([.. samples], PcmAudio.RecognitionSampleRate)));
        }

        return answers;
    }

    private static async Task<PcmAudio> SpeakAsync(string text)
    {
        var folder = Directory.CreateTempSubdirectory("mock-interview-bench-flite-");
        try
        {
            var path = Path.Combine(folder.FullName, "speech.wav");
            var startInfo = new ProcessStartInfo("flite") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-voice", "slt", "-t", text, "-o", path })
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("flite did not start.");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"flite failed: {await process.StandardError.ReadToEndAsync()}");
            }

            var wav = await File.ReadAllBytesAsync(path);
            var format = WavReader.ReadFormat(wav);
            return new PcmAudio(Resampler.ToPcm16(WavReader.ReadMono(wav, format), format.SampleRate, PcmAudio.RecognitionSampleRate), PcmAudio.RecognitionSampleRate);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
