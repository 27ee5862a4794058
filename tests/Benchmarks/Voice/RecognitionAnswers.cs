using System.Diagnostics;
using MockInterview.Speech.Audio;

namespace MockInterview.Benchmarks.Voice;

/// <summary>Spoken answers for the recognition benchmark: flite (slt) speaks interview sentences, joined with short
/// pauses into answers of about 5 to 60 seconds.</summary>
internal static class RecognitionAnswers
{
    private static readonly string[] Sentences =
    [
        "I led the migration of our billing service to a new database with no downtime.",
        "My biggest weakness is that I sometimes take on too much work myself instead of delegating.",
        "In my last role I managed a team of five engineers and we shipped a new mobile application.",
        "I would start by asking the customer what problem they are trying to solve.",
        "We reduced the page load time by half after we added caching and removed unused code.",
        "When two colleagues disagreed about the design I brought them together to compare the options.",
        "I am interested in this position because I enjoy working with data and helping people make decisions.",
        "The project was late so I talked to the manager and we agreed to cut two features.",
        "I learned to write clear tests after a bug reached production and cost us a week.",
        "In five years I hope to lead a small team and mentor new developers.",
    ];

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
                words.Add(Sentences[i % Sentences.Length]);
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
