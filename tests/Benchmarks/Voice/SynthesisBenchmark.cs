using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Files;

namespace MockInterview.Benchmarks.Voice;

/// <summary>Text-to-speech timings (called by <c>./run.sh bench voice</c>): for a ~10-second interviewer utterance of
/// four sentences, per preset (engine and voice), the time to the first audio chunk and to the whole audio, and the
/// full service path (synthesis, Ogg/Opus encoding, storing) on a cache miss and on a hit. Target: first audio in
/// ≤ 200 ms. Returns 1 when a preset's p50 to first audio misses it.</summary>
public static class SynthesisBenchmark
{
    /// <summary>How to call it.</summary>
    public const string Usage = "usage: synthesis [--runs 20]";

    private const double TargetFirstAudioMs = 200;

    private const string Utterance =
        "Thank you for joining us today. Let's start with your background. "
        + "Tell me about a recent project you led, and how you measured its success. "
        + "Then walk me through your hardest decision.";

    /// <summary>Runs the benchmark and prints a table; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = 20;
        if (args is ["--runs", var value] && int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1)
        {
            runs = parsed;
        }
        else if (args.Length > 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "mockinterview-bench-tts-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var provider = new ServiceCollection()
                .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
                .AddSingleton<IFileStore>(new FolderFileStore(folder))
                .AddSpeechSynthesis(new ConfigurationBuilder().Build())
                .BuildServiceProvider();
            var synthesis = (SpeechSynthesis)provider.GetRequiredService<ISpeechSynthesis>();
            var catalog = provider.GetRequiredService<VoiceCatalog>();
            var synthesizers = provider.GetServices<ISpeechSynthesizer>().ToDictionary(s => s.Name);
            Console.WriteLine($"Synthesis benchmark: {Environment.ProcessorCount} cores, {runs} runs per preset after 2 warm-up runs; "
                + $"utterance of {Utterance.Split(' ').Length} words in 4 sentences.");
            Console.WriteLine("preset        engine     audio s  chunks  first p50  first p95  whole p50  whole p95  service miss p50  hit p50 (ms)");
            var missed = false;
            foreach (var preset in synthesis.Voices)
            {
                var engine = synthesizers[catalog.Resolve(preset).Engine];
                var timings = new List<SynthesisTiming>();
                for (var run = -2; run < runs; run++)
                {
                    var timing = await TimeAsync(engine, preset);
                    if (run >= 0)
                    {
                        timings.Add(timing);
                    }
                }

                var (miss, hit) = await TimeServiceAsync(synthesis, preset, Math.Min(runs, 10));
                var first = new Percentiles(timings.Select(t => t.FirstChunkMs));
                var whole = new Percentiles(timings.Select(t => t.WholeMs));
                missed |= first.P50 > TargetFirstAudioMs;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{preset,-13} {engine.Name,-10} {timings[0].AudioSeconds,7:0.0}  {timings[0].Chunks,6}  {first.P50,9:0}  {first.P95,9:0}  {whole.P50,9:0}  {whole.P95,9:0}  {miss.P50,16:0}  {hit.P50,7:0.0}"));
            }

            Console.WriteLine(missed ? $"A preset's p50 to first audio is over {TargetFirstAudioMs} ms." : $"Every preset's p50 to first audio is within {TargetFirstAudioMs} ms.");
            return missed ? 1 : 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<SynthesisTiming> TimeAsync(ISpeechSynthesizer engine, string preset)
    {
        var clock = Stopwatch.StartNew();
        double first = 0;
        var chunks = 0;
        var seconds = 0.0;
        await foreach (var chunk in engine.SynthesizeAsync(Utterance, preset, CancellationToken.None))
        {
            if (chunks++ == 0)
            {
                first = clock.Elapsed.TotalMilliseconds;
            }

            seconds += chunk.DurationSeconds;
        }

        return new SynthesisTiming(first, clock.Elapsed.TotalMilliseconds, chunks, seconds);
    }

    // The whole service: a miss (new text: synthesis of every chunk, Opus encoding, two saves) and then a hit on it.
    private static async Task<(Percentiles Miss, Percentiles Hit)> TimeServiceAsync(SpeechSynthesis synthesis, string preset, int runs)
    {
        var miss = new List<double>();
        var hit = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var text = Utterance + $" Question {run + 1}.";
            var clock = Stopwatch.StartNew();
            var spoken = await synthesis.SynthesizeAsync(text, preset, CancellationToken.None);
            miss.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var again = await synthesis.SynthesizeAsync(text, preset, CancellationToken.None);
            hit.Add(clock.Elapsed.TotalMilliseconds);
            if (spoken.FromCache || !again.FromCache)
            {
                throw new InvalidOperationException("The cache did not behave: the first request must miss and the second hit.");
            }
        }

        return (new Percentiles(miss), new Percentiles(hit));
    }
}
