using System.Diagnostics;

namespace MockInterview.Benchmarks;

/// <summary>Parts 1 and 2 of <c>./run.sh bench router</c>: sequential warm calls against <see cref="RouterFakeServer"/>,
/// each a cache miss, interleaved with the calls they are compared with so that drift on the machine hits both alike.</summary>
internal static class RouterLatency
{
    public static async Task<RouterOverheadResult> OverheadAsync(RouterFakeServer server, int calls, int warmUp)
    {
        server.Set("solo", RouterFakeMode.Reply);
        await using var setup = RouterSetup.Create(server, TimeProvider.System, [("solo", 0, 1)]);
        var direct = RouterPayload.DirectClient(server.BaseUrl("solo"), "model-solo");
        var client = setup.Clients["solo"];
        var perCall = new List<double>(calls);
        var router = new List<double>(calls);
        var straight = new List<double>(calls);
        var inside = new List<double>(calls);
        var n = 0;
        for (var i = -warmUp; i < calls; i++)
        {
            client.Take();
            var started = Stopwatch.GetTimestamp();
            var response = await setup.Router.CompleteAsync(RouterPayload.Request(n++), CancellationToken.None);
            var total = Stopwatch.GetElapsedTime(started);
            var provider = client.Take();
            if (response.FromCache)
            {
                throw new InvalidOperationException("A call meant to miss the cache hit it.");
            }

            started = Stopwatch.GetTimestamp();
            await RouterPayload.DirectAsync(direct, n++);
            var directTime = Stopwatch.GetElapsedTime(started);
            if (i < 0)
            {
                continue;
            }

            perCall.Add((total - provider).TotalMilliseconds);
            router.Add(total.TotalMilliseconds);
            inside.Add(provider.TotalMilliseconds);
            straight.Add(directTime.TotalMilliseconds);
        }

        return new RouterOverheadResult(new Percentiles(perCall), new Percentiles(router), new Percentiles(straight), new Percentiles(inside));
    }

    public static async Task<RouterFailoverResult> FailoverAsync(RouterFakeServer server, RouterFakeMode failure, int calls, int warmUp)
    {
        var primary = failure == RouterFakeMode.Hang ? "down-hang" : "down-500";
        server.Set(primary, failure);
        server.Set("secondary", RouterFakeMode.Reply);
        var keepOpen = new Dictionary<string, string?> { ["Llm:Circuit:BreakSeconds"] = "86400" };
        await using var failover = RouterSetup.Create(server, TimeProvider.System, [(primary, 0, 1), ("secondary", 1, 1)], keepOpen);
        await using var alone = RouterSetup.Create(server, TimeProvider.System, [("secondary", 0, 1)], keepOpen);
        var direct = RouterPayload.DirectClient(server.BaseUrl("secondary"), "model-secondary");

        // Trip the primary's circuit: three failures in a row (each call still succeeds on the secondary).
        var n = 1_000_000;
        for (var i = 0; i < 3; i++)
        {
            var tripped = await failover.Router.CompleteAsync(RouterPayload.Request(n++), CancellationToken.None);
            if (tripped.Provider != "secondary")
            {
                throw new InvalidOperationException("The failing primary answered.");
            }
        }

        var before = server.Count(primary);
        var withFailover = new List<double>(calls);
        var secondaryOnly = new List<double>(calls);
        var straight = new List<double>(calls);
        for (var i = -warmUp; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await failover.Router.CompleteAsync(RouterPayload.Request(n++), CancellationToken.None);
            var a = Stopwatch.GetElapsedTime(started);
            if (response.Provider != "secondary")
            {
                throw new InvalidOperationException("The failing primary answered.");
            }

            started = Stopwatch.GetTimestamp();
            await alone.Router.CompleteAsync(RouterPayload.Request(n++), CancellationToken.None);
            var b = Stopwatch.GetElapsedTime(started);
            started = Stopwatch.GetTimestamp();
            await RouterPayload.DirectAsync(direct, n++);
            var c = Stopwatch.GetElapsedTime(started);
            if (i >= 0)
            {
                withFailover.Add(a.TotalMilliseconds);
                secondaryOnly.Add(b.TotalMilliseconds);
                straight.Add(c.TotalMilliseconds);
            }
        }

        return new RouterFailoverResult(failure == RouterFakeMode.Hang ? "timeouts" : "HTTP 500",
            new Percentiles(withFailover), new Percentiles(secondaryOnly), new Percentiles(straight), server.Count(primary) - before);
    }
}
