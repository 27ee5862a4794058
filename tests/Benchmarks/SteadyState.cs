using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Interviews;
using MockInterview.Workflows;

namespace MockInterview.Benchmarks;

/// <summary>The realistic run: a closed loop of N candidates, each taking interview after interview with human think
/// times, their starts spread over one interview length so that phases (start, questions, summary, report) are
/// spread as in real traffic and N interviews are in progress at every moment of the measured window.</summary>
internal static class SteadyState
{
    public static async Task<ScenarioResult> RunAsync(BenchmarkOptions options)
    {
        await using var host = new BenchmarkHost(options.Speed);
        using var http = host.CreateClient();
        var notifier = host.Services.GetRequiredService<IInterviewNotifier>();
        var diagnostics = host.Services.GetRequiredService<IWorkflowDiagnostics>();
        await Scenario.WarmUpAsync(http, notifier);

        var interviewLength = TimeSpan.FromMinutes(options.InterviewMinutes / options.Speed);
        var window = TimeSpan.FromSeconds(options.WindowSeconds);
        var recorder = new Recorder();
        var start = Stopwatch.GetTimestamp();
        recorder.MeasureFrom = start + (long)(interviewLength.TotalSeconds * Stopwatch.Frequency);
        var end = recorder.MeasureFrom + (long)(window.TotalSeconds * Stopwatch.Frequency);
        bool Stopping() => Stopwatch.GetTimestamp() >= end;

        var users = Enumerable.Range(0, options.Interviews).Select(i => Task.Run(async () =>
        {
            var random = new Random(options.Seed + i);
            await Task.Delay(interviewLength * random.NextDouble());
            while (!Stopping())
            {
                var candidate = new Candidate(http, notifier, random, () => ThinkTime(options, random), recorder);
                await candidate.RunAsync(answersBeforeEnd: null, options.InterviewMinutes, Stopping);
            }
        }));

        var measured = Task.Run(async () =>
        {
            await Task.Delay(interviewLength);
            var before = diagnostics.GetStatistics();
            await Task.Delay(window);
            return diagnostics.GetStatistics().WorkItems - before.WorkItems;
        });
        await Task.WhenAll(users);
        var workItems = await measured;

        if (Environment.GetEnvironmentVariable("BENCH_DUMP") is { } dump)
        {
            recorder.Dump($"{dump}.steady.txt");
        }

        var result = new ScenarioResult("realistic", options.Interviews, recorder, window, workItems);
        Console.WriteLine($"realistic: {options.Interviews} candidates in a closed loop, {options.InterviewMinutes}-minute interviews; " +
            $"{recorder.Completed} interviews completed in all; in the {window.TotalSeconds:0} s window: {recorder.Turns} answers, " +
            $"{workItems} workflow work items; {recorder.Conflicts} answers arrived after their deadline.");
        foreach (var (what, count) in recorder.Errors)
        {
            Console.WriteLine($"  error x{count}: {what}");
        }

        return result;
    }

    private static TimeSpan ThinkTime(BenchmarkOptions options, Random random) => TimeSpan.FromSeconds(
        (options.ThinkMinSeconds + random.NextDouble() * (options.ThinkMaxSeconds - options.ThinkMinSeconds)) / options.Speed);
}
