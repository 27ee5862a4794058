using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Recognition.PocketSphinx;

namespace MockInterview.Benchmarks.Voice;

/// <summary><c>./run.sh bench voice</c>, speech-to-text part: the real-time factor (recognition time / audio length)
/// of flite-spoken answers of 5 to 60 s, per engine and configuration, with the word error rate.</summary>
/// <remarks>pocketsphinx runs as
/// configured by default (pooled decoders, pieces split at pauses and decoded in parallel) and, for comparison, as one
/// decoder on the whole answer; Whisper runs when a model is given. Besides the wall-clock RTF it prints the CPU RTF
/// (process CPU time / audio length), which other load on the machine does not inflate: on an otherwise idle machine
/// the wall RTF of work spread over n cores approaches CPU RTF / n. Exits 1 when the default configuration's median
/// RTF misses 0.3.</remarks>
public static class RecognitionBenchmark
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: ./run.sh bench voice stt [--repeats 3] [--whisper-model PATH] [--whisper-library PATH]";

    private const double TargetRealTimeFactor = 0.3;

    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var repeats = 3;
        string? whisperModel = null, whisperLibrary = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--repeats" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0:
                    repeats = value;
                    break;
                case "--whisper-model":
                    whisperModel = args[i + 1];
                    break;
                case "--whisper-library":
                    whisperLibrary = args[i + 1];
                    break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (args.Length % 2 != 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine($"Speech-to-text benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {repeats} runs per answer, load average {LoadAverage()}");
        var answers = await RecognitionAnswers.CreateAsync();
        Console.WriteLine($"Answers (flite slt): {string.Join(", ", answers.Select(a => a.Audio.DurationSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"))}");
        Console.WriteLine();
        Console.WriteLine("| engine | configuration | answers | audio s | median RTF | p95 RTF | max RTF | median CPU RTF | WER |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

        var configurations = new List<(string Engine, string Name, Dictionary<string, string?> Settings)>
        {
            ("pocketsphinx", "default: pieces at pauses, one decoder per core", []),
            ("pocketsphinx", "one decoder, whole answer", new()
            {
                ["Speech:Recognition:PocketSphinx:Decoders"] = "1",
                ["Speech:Recognition:PocketSphinx:PieceSeconds"] = "120",
            }),
        };
        if (whisperModel is not null)
        {
            var settings = new Dictionary<string, string?> { ["Speech:Recognition:Engine"] = "whisper", ["Speech:Recognition:Whisper:ModelPath"] = whisperModel };
            if (whisperLibrary is not null)
            {
                settings["Speech:Recognition:Whisper:LibraryPath"] = whisperLibrary;
            }

            configurations.Add(("whisper", Path.GetFileName(whisperModel), settings));
        }
        else
        {
            Console.WriteLine("| whisper | not run: no model (--whisper-model PATH) | | | | | | | |");
        }

        var defaultMedian = double.NaN;
        foreach (var (engine, name, settings) in configurations)
        {
            var result = await MeasureAsync(settings, answers, repeats);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {engine} | {name} | {answers.Count} | {answers.Sum(a => a.Audio.DurationSeconds):0.0} | {result.Rtf.P50:0.000} | {result.Rtf.P95:0.000} | {result.Rtf.Max:0.000} | {result.CpuRtf.P50:0.000} | {result.WordErrorRate:P1} |"));
            if (double.IsNaN(defaultMedian))
            {
                defaultMedian = result.Rtf.P50;
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Target: median RTF <= {TargetRealTimeFactor} on {Environment.ProcessorCount} cores: {(defaultMedian <= TargetRealTimeFactor ? "met" : "missed")} ({defaultMedian:0.000})."));
        return defaultMedian <= TargetRealTimeFactor ? 0 : 1;
    }

    private static async Task<(Percentiles Rtf, Percentiles CpuRtf, double WordErrorRate)> MeasureAsync(
        Dictionary<string, string?> settings, IReadOnlyList<(string Text, PcmAudio Audio)> answers, int repeats)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var services = new ServiceCollection().AddLogging().AddSpeechRecognition(configuration).BuildServiceProvider();
        var recognizer = services.GetRequiredService<ISpeechRecognizer>();
        if (recognizer.Name == "pocketsphinx")
        {
            // The worker loads its decoders at start; model loading is not part of a transcription's time.
            await services.GetRequiredService<PocketSphinxDecoderPool>().WarmUpAsync(CancellationToken.None);
        }

        await recognizer.TranscribeAsync(answers[0].Audio, null, CancellationToken.None);
        var factors = new List<double>();
        var cpuFactors = new List<double>();
        using var process = Process.GetCurrentProcess();
        int errors = 0, words = 0;
        foreach (var (text, audio) in answers)
        {
            for (var run = 0; run < repeats; run++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                var transcript = await recognizer.TranscribeAsync(audio, null, CancellationToken.None);
                factors.Add(Stopwatch.GetElapsedTime(start).TotalSeconds / audio.DurationSeconds);
                process.Refresh();
                cpuFactors.Add((process.TotalProcessorTime - cpuStart).TotalSeconds / audio.DurationSeconds);
                if (run == 0)
                {
                    var reference = WordErrorRate.Words(text);
                    errors += WordErrorRate.EditDistance(reference, WordErrorRate.Words(transcript.Text));
                    words += reference.Length;
                }
            }
        }

        return (new Percentiles(factors), new Percentiles(cpuFactors), (double)errors / words);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
