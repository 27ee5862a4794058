using System.Globalization;
using MockInterview.LlmInterviewer;

namespace MockInterview.Benchmarks;

/// <summary><c>./run.sh bench router</c>: the LLM router against its own OpenAI-compatible server on 127.0.0.1 (no
/// network). 1: router overhead per call on a cache miss; 2: time to fail over past a primary whose circuit is open;
/// 3: a simulated day of 10,000 interviews driven through the real LLM interviewer (its default settings, and the old
/// ones for comparison) with one of three providers failing. Prints markdown tables; exits 1 when the router misses a
/// latency target, loses a request, or a brain call throws (the cache figure is reported against its target but cannot
/// fail the run: how much repeats is a property of the prompts, not of the router).</summary>
internal static class RouterBenchmark
{
    public const string Usage = "usage: ./run.sh bench router [--calls 20000] [--failover-calls 5000] [--interviews 10000] [--old-interviews 10000] [--days 2] [--concurrency 32] [--seed 7]";

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--calls"] = 20_000,
            ["--failover-calls"] = 5_000,
            ["--interviews"] = 10_000,
            ["--old-interviews"] = 0,
            ["--days"] = 2,
            ["--concurrency"] = 32,
            ["--seed"] = 7,
        };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !settings.ContainsKey(args[i]) || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            settings[args[i]] = value;
        }

        if (settings["--old-interviews"] == 0)
        {
            settings["--old-interviews"] = settings["--interviews"];
        }

        var calls = settings["--calls"];
        var failoverCalls = settings["--failover-calls"];
        Console.WriteLine($"LLM router benchmark: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
            "providers on this process's own OpenAI-compatible server on 127.0.0.1; in-memory quota store and cache.");
        Console.WriteLine();
        await using var server = await RouterFakeServer.StartAsync();

        var overhead = await RouterLatency.OverheadAsync(server, calls, warmUp: Math.Min(2_000, calls));
        Console.WriteLine($"## 1. Router overhead per call, cache miss ({calls:N0} warm sequential calls, each interleaved with a direct SDK call)");
        Console.WriteLine();
        Console.WriteLine("| measure | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        Console.WriteLine(Row("router overhead per call (call time − time inside the provider client)", overhead.PerCall));
        Console.WriteLine(Row("whole router call", overhead.Router));
        Console.WriteLine(Row("  of which inside the provider client (OpenAI SDK + HTTP + server)", overhead.ProviderClient));
        Console.WriteLine(Row("direct OpenAI SDK ChatClient call, same payload", overhead.Direct));
        Console.WriteLine($"| router − direct, by percentile | {Ms(overhead.Router.P50 - overhead.Direct.P50)} | {Ms(overhead.Router.P95 - overhead.Direct.P95)} | {Ms(overhead.Router.P99 - overhead.Direct.P99)} | |");
        Console.WriteLine();

        var failovers = new List<RouterFailoverResult>
        {
            await RouterLatency.FailoverAsync(server, RouterFakeMode.ServerError, failoverCalls, warmUp: Math.Min(500, failoverCalls)),
            await RouterLatency.FailoverAsync(server, RouterFakeMode.Hang, failoverCalls, warmUp: Math.Min(500, failoverCalls)),
        };
        Console.WriteLine($"## 2. Failover with the primary down and its circuit open ({failoverCalls:N0} warm sequential calls per column, interleaved)");
        Console.WriteLine();
        Console.WriteLine("| primary fails by | path | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var f in failovers)
        {
            Console.WriteLine($"| {f.Failure} | router: dead primary (circuit open) → secondary | {Ms(f.Failover.P50)} | {Ms(f.Failover.P95)} | {Ms(f.Failover.P99)} | {Ms(f.Failover.Max)} |");
            Console.WriteLine($"| {f.Failure} | router with the secondary alone | {Ms(f.SecondaryOnly.P50)} | {Ms(f.SecondaryOnly.P95)} | {Ms(f.SecondaryOnly.P99)} | {Ms(f.SecondaryOnly.Max)} |");
            Console.WriteLine($"| {f.Failure} | direct SDK call to the secondary | {Ms(f.Direct.P50)} | {Ms(f.Direct.P95)} | {Ms(f.Direct.P99)} | {Ms(f.Direct.Max)} |");
            Console.WriteLine($"| {f.Failure} | **added by failover vs direct** | **{Ms(f.Failover.P50 - f.Direct.P50)}** | {Ms(f.Failover.P95 - f.Direct.P95)} | **{Ms(f.Failover.P99 - f.Direct.P99)}** | |");
            Console.WriteLine($"| {f.Failure} | added vs router with the secondary alone | {Ms(f.Failover.P50 - f.SecondaryOnly.P50)} | {Ms(f.Failover.P95 - f.SecondaryOnly.P95)} | {Ms(f.Failover.P99 - f.SecondaryOnly.P99)} | |");
        }

        Console.WriteLine();
        Console.WriteLine("Requests that reached the dead primary while measuring: " +
            string.Join(", ", failovers.Select(f => $"{f.Failure}: {f.PrimaryCallsDuring}")) + " (its circuit stayed open).");
        Console.WriteLine();

        var interviews = settings["--interviews"];
        var oldInterviews = settings["--old-interviews"];
        var defaults = new LlmInterviewerOptions();
        var days = new List<RouterDayResult>();
        days.AddRange(await RouterDay.RunAsync(server, $"default ({defaults.Grading}, {defaults.FollowUps}, {defaults.Tailoring})", "d",
            new Dictionary<string, string>(), interviews, settings["--days"], settings["--concurrency"], settings["--seed"]));
        days.AddRange(await RouterDay.RunAsync(server, "old (Live, Contextual, Always)", "o",
            new Dictionary<string, string> { ["Grading"] = "Live", ["FollowUps"] = "Contextual", ["Tailoring"] = "Always" },
            oldInterviews, days: 1, settings["--concurrency"], settings["--seed"]));
        Console.WriteLine($"## 3. A simulated day through the LLM interviewer: {interviews:N0} interviews (old configuration: {oldInterviews:N0}), " +
            "3 providers in one tier, \"failing\" answers HTTP 500 all day");
        Console.WriteLine();
        Console.WriteLine("Configuration = Interviewer:Llm Grading, FollowUps, Tailoring. Calls are the brain's own (LlmInterviewerBrain through " +
            "the router, counted at the router's door); providers answer from the request's JSON schema.");
        Console.WriteLine();
        Console.WriteLine("| configuration | interviews | questions | LLM calls | per interview | from cache | **calls avoided** | ceiling (every cacheable call a hit) | to providers per interview | failing | healthy-a | healthy-b | failovers | **lost** | offline fallbacks | real time s |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var d in days)
        {
            Console.WriteLine($"| {d.Configuration} | {d.Interviews:N0} | {d.Turns:N0} | {d.TotalCalls:N0} | {d.CallsPerInterview:0.00} | {d.TotalCached:N0} | **{d.AvoidedPercent:0.0}%** | {d.CeilingPercent:0.0}% | " +
                $"{d.ProviderCallsPerInterview:0.00} | {d.ProviderRequests["failing"]:N0} | {d.AnsweredBy["healthy-a"]:N0} | {d.AnsweredBy["healthy-b"]:N0} | {d.Failovers:N0} | **{d.Lost:N0}** | {d.FallbackCalls:N0} | {d.Elapsed.TotalSeconds:0.0} |");
        }

        Console.WriteLine();
        Console.WriteLine("| configuration | purpose | cacheable | calls | per interview | from cache | hit rate | failovers | lost |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var d in days)
        {
            foreach (var (purpose, p) in d.Purposes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var cacheable = p.Cacheable == p.Calls ? "yes" : p.Cacheable == 0 ? "never" : $"{p.Cacheable:N0} of them";
                Console.WriteLine($"| {d.Configuration} | {purpose} | {cacheable} | {p.Calls:N0} | {(d.Interviews == 0 ? 0 : (double)p.Calls / d.Interviews):0.00} | " +
                    $"{p.FromCache:N0} | {p.HitRate:0.0}% | {p.Failovers:N0} | {p.Lost:N0} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| configuration | call served from cache p50 / p99 ms | call answered by a provider p50 / p99 ms | cache counters: hits / misses / entries / MiB |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var d in days)
        {
            Console.WriteLine($"| {d.Configuration} | {Ms(d.HitMs.P50)} / {Ms(d.HitMs.P99)} | {Ms(d.MissMs.P50)} / {Ms(d.MissMs.P99)} | " +
                $"{d.Cache.Hits:N0} / {d.Cache.Misses:N0} / {d.Cache.Entries:N0} / {d.Cache.Bytes / 1048576.0:0.0} |");
        }

        Console.WriteLine();
        foreach (var d in days)
        {
            Console.WriteLine($"{d.Configuration}: {d.FallbackCalls:N0} brain calls answered offline instead " +
                $"({(d.Fallbacks.Count == 0 ? "none" : string.Join(", ", d.Fallbacks.Select(f => $"{f.Key}: {f.Value:N0}")))}); " +
                $"{d.FallbackParts:N0} parts marked offline-fallback; {d.BrainErrors:N0} brain calls threw.");
            foreach (var sample in d.Samples.Concat(d.Errors))
            {
                Console.WriteLine($"  - {sample}");
            }
        }

        Console.WriteLine();
        var defaultDays = days.Take(settings["--days"]).ToList();
        var worstFailover = failovers.Max(f => f.Failover.P99 - f.Direct.P99);
        var targets = new (string Target, string Measured, bool Met, bool Router)[]
        {
            ("router overhead p99 ≤ 1 ms (cache miss)", $"{Ms(overhead.PerCall.P99)} ms", overhead.PerCall.P99 <= 1, true),
            ("failover with open circuit adds ≤ 5 ms (p99 vs direct)", $"{Ms(worstFailover)} ms", worstFailover <= 5, true),
            ("no lost requests with one of three providers failing", $"{days.Sum(d => d.Lost)} lost", days.All(d => d.Lost == 0), true),
            ("no brain call throws", $"{days.Sum(d => d.BrainErrors)}", days.All(d => d.BrainErrors == 0), true),
        };
        targets = [.. targets, .. defaultDays.Select(d =>
            ($"≥ 65% of LLM calls avoided by the cache: {d.Configuration}", $"{d.AvoidedPercent:0.0}% (ceiling {d.CeilingPercent:0.0}%)", d.AvoidedPercent >= 65, false))];
        Console.WriteLine("| target | measured | met |");
        Console.WriteLine("| --- | ---: | --- |");
        foreach (var t in targets)
        {
            Console.WriteLine($"| {t.Target} | {t.Measured} | {(t.Met ? "yes" : "**no**")} |");
        }

        return targets.All(t => t.Met || !t.Router) ? 0 : 1;
    }

    private static string Row(string name, Percentiles p) => $"| {name} | {Ms(p.P50)} | {Ms(p.P95)} | {Ms(p.P99)} | {Ms(p.Max)} |";

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString("0.000", CultureInfo.InvariantCulture);
}
