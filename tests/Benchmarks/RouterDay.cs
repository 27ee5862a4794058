using System.Diagnostics;
using MockInterview.Llm.Caching;

namespace MockInterview.Benchmarks;

/// <summary>Part 3 of <c>./run.sh bench router</c>: days of interviews through the real LLM interviewer on a simulated
/// clock, against three providers in one tier of which one answers every request with HTTP 500 all the time.</summary>
/// <remarks>Steps (an interview's plan, one answer, its end) run in windows of <see cref="Window"/> simulated seconds,
/// up to the concurrency at once, with the router's clock standing still inside a window; each interview keeps its own
/// exact time for what it tells the brain (time left). A step's next one is at least 60 simulated seconds later, so an
/// interview never has two steps in one window. Consecutive days share the router and its cache (entries live a day),
/// so a later day shows the cache in its steady state; the first starts empty.</remarks>
internal static class RouterDay
{
    public static readonly string[] Providers = ["failing", "healthy-a", "healthy-b"];

    private const int Window = 10;

    public static async Task<List<RouterDayResult>> RunAsync(
        RouterFakeServer server, string name, string key, IReadOnlyDictionary<string, string> interviewer, int interviews, int days, int concurrency, int seed)
    {
        var firstDay = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var clock = new SimulatedClock(firstDay);
        var names = Providers.Select(p => $"{p}-{key}").ToArray();
        server.Set(names[0], RouterFakeMode.ServerError);
        server.Set(names[1], RouterFakeMode.SchemaReply);
        server.Set(names[2], RouterFakeMode.SchemaReply);
        await using var host = RouterDayHost.Create(server, clock, names, interviewer);
        var answers = RouterDayAnswers.Load();
        var results = new List<RouterDayResult>(days);
        for (var day = 0; day < days; day++)
        {
            var requestsBefore = names.Select(server.Count).ToArray();
            var cacheBefore = await host.Cache.GetStatisticsAsync(CancellationToken.None);
            host.Router.Reset();
            host.Logs.Reset();
            var label = days == 1 ? name : $"{name}, day {day + 1}{(day == 0 ? " (cache empty at 00:00)" : " (cache from the day before)")}";
            var (done, brainErrors, errors, elapsed) = await RunDayAsync(
                host, clock, answers, label, RouterDayCandidates.Day(interviews, firstDay.AddDays(day), seed + day), firstDay.AddDays(day), concurrency);
            var cache = await host.Cache.GetStatisticsAsync(CancellationToken.None);
            results.Add(new RouterDayResult(
                label,
                done.Count,
                done.Sum(i => i.Turns),
                host.Router.Purposes.ToDictionary(p => p.Key, p => new RouterPurposeFigures(p.Value.Calls, p.Value.Cacheable, p.Value.FromCache, p.Value.Failovers, p.Value.Lost)),
                Providers.Select((p, i) => (p, server.Count(names[i]) - requestsBefore[i])).ToDictionary(p => p.p, p => p.Item2),
                Providers.Zip(names).ToDictionary(p => p.First, p => host.Router.AnsweredBy.GetValueOrDefault(p.Second)),
                host.Logs.Fallbacks.ToDictionary(),
                host.Logs.Samples.Concat(host.Router.LostSamples).ToList(),
                done.Sum(i => i.FallbackParts),
                brainErrors,
                errors,
                cache with { Hits = cache.Hits - cacheBefore.Hits, Misses = cache.Misses - cacheBefore.Misses },
                host.Router.HitMs,
                host.Router.MissMs,
                elapsed));
        }

        return results;
    }

    private static async Task<(List<RouterDayInterview> Done, int BrainErrors, List<string> Errors, TimeSpan Elapsed)> RunDayAsync(
        RouterDayHost host, SimulatedClock clock, RouterDayAnswers answers, string label, List<RouterDayCandidate> candidates, DateTimeOffset dayStart, int concurrency)
    {
        var pending = new PriorityQueue<RouterDayInterview, DateTimeOffset>();
        foreach (var candidate in candidates)
        {
            pending.Enqueue(new RouterDayInterview(candidate, answers), candidate.Start);
        }

        var done = new List<RouterDayInterview>(candidates.Count);
        var errors = new List<string>();
        var brainErrors = 0;
        var wall = Stopwatch.StartNew();
        var nextReport = TimeSpan.FromHours(6);
        var batch = new List<RouterDayInterview>();
        while (pending.TryPeek(out _, out var first))
        {
            var windowStart = dayStart + TimeSpan.FromSeconds(Math.Floor((first - dayStart).TotalSeconds / Window) * Window);
            var windowEnd = windowStart + TimeSpan.FromSeconds(Window);
            clock.AdvanceTo(windowStart);
            batch.Clear();
            while (pending.TryPeek(out _, out var at) && at < windowEnd)
            {
                batch.Add(pending.Dequeue());
            }

            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (interview, ct) =>
            {
                try
                {
                    await interview.StepAsync(host.Brain, ct);
                }
                catch (Exception ex)
                {
                    // The brain answers every failed LLM call itself; anything thrown here is a defect worth seeing.
                    lock (errors)
                    {
                        brainErrors++;
                        if (errors.Count < 5)
                        {
                            errors.Add($"{ex.GetType().Name}: {ex.Message}");
                        }
                    }

                    interview.Abandon();
                }
            });

            foreach (var interview in batch)
            {
                if (interview.NextAt is { } next)
                {
                    pending.Enqueue(interview, next);
                }
                else
                {
                    done.Add(interview);
                }
            }

            if (windowStart - dayStart >= nextReport)
            {
                Console.Error.WriteLine($"  {label}: {windowStart - dayStart:hh\\:mm} simulated, {done.Count:N0} interviews done, {wall.Elapsed.TotalSeconds:0} s");
                nextReport += TimeSpan.FromHours(6);
            }
        }

        return (done, brainErrors, errors, wall.Elapsed);
    }
}
