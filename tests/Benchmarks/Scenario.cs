using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Interviews;
using MockInterview.Workflows;

namespace MockInterview.Benchmarks;

/// <summary>One run: a fresh app, N candidates at once, figures at the end.</summary>
internal static class Scenario
{
    public static async Task<ScenarioResult> RunAsync(string name, BenchmarkOptions options, int? answersBeforeEnd, Func<Random, TimeSpan> thinkTime)
    {
        await using var host = new BenchmarkHost(options.Speed);
        using var http = host.CreateClient();
        var notifier = host.Services.GetRequiredService<IInterviewNotifier>();
        var diagnostics = host.Services.GetRequiredService<IWorkflowDiagnostics>();
        var recorder = new Recorder();

        // Warm up the pipeline (JIT, SQLite pages) with one short interview that is not measured.
        await new Candidate(http, notifier, new Random(0), () => TimeSpan.Zero, new Recorder()).RunAsync(answersBeforeEnd: 2);

        var before = diagnostics.GetStatistics();
        var started = Stopwatch.GetTimestamp();
        var candidates = Enumerable.Range(0, options.Interviews).Select(i =>
        {
            var random = new Random(options.Seed + i);
            return Task.Run(() => new Candidate(http, notifier, random, () => thinkTime(random), recorder).RunAsync(answersBeforeEnd));
        });
        await Task.WhenAll(candidates);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var after = diagnostics.GetStatistics();

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
