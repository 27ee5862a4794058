using System.Collections.Concurrent;
using System.Diagnostics;

namespace MockInterview.Benchmarks;

/// <summary>Part 3 of <c>./run.sh bench router</c>: a day of interviews' LLM traffic on a simulated clock, against three
/// providers in one tier of which one answers every request with HTTP 500 all day.</summary>
internal static class RouterDay
{
    public static readonly string[] Providers = ["failing", "healthy-a", "healthy-b"];

    /// <summary>Simulated seconds whose calls run together, on a clock that stands still meanwhile.</summary>
    private const int Window = 10;

    public static async Task<RouterDayResult> RunAsync(RouterFakeServer server, int interviews, bool asBuilt, int concurrency, int seed)
    {
        var dayStart = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var clock = new SimulatedClock(dayStart);
        var shape = asBuilt ? "as built" : "shared prompts (hypothetical)";
        var names = Providers.Select(p => $"{p}-{(asBuilt ? "a" : "s")}").ToArray();
        server.Set(names[0], RouterFakeMode.ServerError);
        server.Set(names[1], RouterFakeMode.Reply);
        server.Set(names[2], RouterFakeMode.Reply);
        await using var setup = RouterSetup.Create(server, clock, names.Select(n => (n, 0, 1)));
        var calls = RouterTraffic.Day(interviews, questions: 8, asBuilt, dayStart, seed);

        var requested = new ConcurrentDictionary<string, int>();
        var cached = new ConcurrentDictionary<string, int>();
        var hitMs = new ConcurrentQueue<double>();
        var missMs = new ConcurrentQueue<double>();
        var failovers = 0;
        var lost = 0;
        var wall = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(concurrency);
        foreach (var window in calls.GroupBy(c => (long)(c.At - dayStart).TotalSeconds / Window))
        {
            // The clock stands still while a window's calls run, so a call never sees simulated time jump past its
            // budget because later calls were dispatched; between windows it moves on.
            clock.AdvanceTo(dayStart + TimeSpan.FromSeconds(window.Key * Window));
            var running = new List<Task>();
            foreach (var call in window)
            {
                await gate.WaitAsync();
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await SendAsync(call);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }

            await Task.WhenAll(running);
        }

        async Task SendAsync(RouterCall call)
        {
            requested.AddOrUpdate(call.Request.Purpose, 1, (_, n) => n + 1);
            try
            {
                var started = Stopwatch.GetTimestamp();
                var response = await setup.Router.CompleteAsync(call.Request, CancellationToken.None);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.FromCache)
                {
                    cached.AddOrUpdate(call.Request.Purpose, 1, (_, n) => n + 1);
                    hitMs.Enqueue(ms);
                }
                else
                {
                    missMs.Enqueue(ms);
                    if (response.Attempts.Count > 1)
                    {
                        Interlocked.Increment(ref failovers);
                    }
                }
            }
            catch (Exception ex)
            {
                if (Interlocked.Increment(ref lost) <= 3)
                {
                    Console.Error.WriteLine($"lost {call.Request.Purpose} call at {call.At:u}: {ex.Message}");
                }
            }
        }
        wall.Stop();
        var cacheable = new HashSet<string>(calls.Where(c => c.Request.Cache.Cacheable).Select(c => c.Request.Purpose));
        return new RouterDayResult(
            shape,
            requested,
            RouterTraffic.Purposes.ToDictionary(p => p, p => cached.GetValueOrDefault(p)),
            cacheable,
            Providers.Zip(names).ToDictionary(p => p.First, p => server.Count(p.Second)),
            failovers,
            lost,
            new Percentiles(hitMs),
            new Percentiles(missMs),
            wall.Elapsed);
    }
}
