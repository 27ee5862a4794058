using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Interviews;
using MockInterview.Workflows;

namespace MockInterview.Benchmarks;

/// <summary>The saturated run: a fresh app, N candidates at once answering without pause, figures at the end.</summary>
internal static class Scenario
{
    private const int WarmUpInterviews = 200;

    /// <param name="name">Shown in the results.</param>
    /// <param name="options">Sizes and clock.</param>
    /// <param name="answersBeforeEnd">Answers per interview before ending it; null = answer until the questions end.</param>
    /// <param name="thinkTime">Real time a candidate takes before each answer.</param>
    /// <param name="rampUp">Starts are spread evenly over this time, as candidates arrive rather than all in one instant.</param>
    /// <summary>Interviews that are not measured: a cold process spends its first seconds compiling (tiered JIT),
    /// growing the thread pool and filling SQLite's page cache, which is start-up cost, not the steady state.</summary>
    public static Task WarmUpAsync(HttpClient http, IInterviewNotifier notifier)
    {
        var warmUp = new Recorder();
        return Task.WhenAll(Enumerable.Range(0, WarmUpInterviews).Select(i =>
            Task.Run(() => new Candidate(http, notifier, new Random(-1 - i), () => TimeSpan.Zero, warmUp).RunAsync(answersBeforeEnd: 3))));
    }

    public static async Task<ScenarioResult> RunAsync(
        string name, BenchmarkOptions options, int? answersBeforeEnd, Func<Random, TimeSpan> thinkTime, TimeSpan rampUp)
    {
        await using var host = new BenchmarkHost(options.Speed);
        using var http = host.CreateClient();
        var notifier = host.Services.GetRequiredService<IInterviewNotifier>();
        var diagnostics = host.Services.GetRequiredService<IWorkflowDiagnostics>();
        var recorder = new Recorder();

        await WarmUpAsync(http, notifier);

        var before = diagnostics.GetStatistics();
        var started = Stopwatch.GetTimestamp();
        var candidates = Enumerable.Range(0, options.Interviews).Select(i =>
        {
            var random = new Random(options.Seed + i);
            var arrival = rampUp * i / options.Interviews;
            return Task.Run(async () =>
            {
                await Task.Delay(arrival);
                await new Candidate(http, notifier, random, () => thinkTime(random), recorder).RunAsync(answersBeforeEnd);
            });
        });
        await Task.WhenAll(candidates);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var after = diagnostics.GetStatistics();

        if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { } dump)
        {
            recorder.Dump($"{dump}.{name}.txt");
        }

        var result = new ScenarioResult(name, options.Interviews, recorder, elapsed, after.WorkItems - before.WorkItems);
        Console.WriteLine($"{name}: {recorder.Completed}/{options.Interviews} interviews completed, {recorder.Turns} answers, " +
            $"{result.WorkItems} workflow work items in {elapsed.TotalSeconds:0.0} s; {recorder.Conflicts} answers arrived after their deadline.");
        foreach (var (what, count) in recorder.Errors)
        {
            Console.WriteLine($"  error x{count}: {what}");
        }

        return result;
    }
}
