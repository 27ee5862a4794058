using Microsoft.Extensions.DependencyInjection;
using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class CacheEquivalenceTests
{
    [Fact]
    public async Task CachedAndReplayedExecution_SameInputsAndEvents_WriteIdenticalHistoriesAndResults()
    {
        var cached = await RunScriptAsync(instanceCacheSize: 100);
        var replayed = await RunScriptAsync(instanceCacheSize: 0);

        Assert.Equal(cached.Output, replayed.Output);
        Assert.Equal(cached.History, replayed.History);
        Assert.Equal(0, cached.Replays);
        Assert.True(replayed.Replays >= 5);
    }

    [Fact]
    public async Task Replay_RecordedHistoryOfFanOutRun_ReachesTheSameOutput()
    {
        var recorder = new Recorder();
        await using var host = await WorkflowTestHost.StartAsync(
            b => b.AddWorkflow<FanOutAndRace>().AddActivity<RecordActivity>(),
            configureServices: s => s.AddSingleton(recorder));
        var id = await host.Client.StartAsync(nameof(FanOutAndRace), null);
        await host.Client.RaiseEventAsync(id, "answer", "quick");
        var state = await host.CompletionAsync(id);
        var history = await host.HistoryAsync(id);

        var execution = new WorkflowExecution(id, nameof(FanOutAndRace), () => new FanOutAndRace(), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        execution.Replay(history);
        var replayed = execution.RunEpisode(host.Time.GetUtcNow().UtcDateTime, []);

        Assert.Equal(EpisodeOutcome.Completed, replayed.Outcome);
        Assert.Equal(state.SerializedOutput, replayed.Output);
    }

    /// <summary>The same script of events and clock moves against a fresh engine; returns the serialized history.</summary>
    private static async Task<(string? Output, string[] History, long Replays)> RunScriptAsync(int instanceCacheSize)
    {
        var recorder = new Recorder();
        await using var host = await WorkflowTestHost.StartAsync(
            b => b.AddWorkflow<Mixed>().AddActivity<RecordActivity>().AddActivity<FlakyActivity>(),
            instanceCacheSize: instanceCacheSize,
            configureServices: s => s.AddSingleton(recorder));
        var id = await host.Client.StartAsync(nameof(Mixed), null, new StartWorkflowOptions(new InstanceId("same")));
        await host.IdleAsync();
        await host.AdvanceAsync(TimeSpan.FromSeconds(1));
        await host.Client.RaiseEventAsync(id, "answer", "one");
        await host.IdleAsync();
        await host.AdvanceAsync(TimeSpan.FromMinutes(2));
        await host.Client.RaiseEventAsync(id, "answer", "two");
        await host.IdleAsync();
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var state = await host.CompletionAsync(id);
        var history = await host.HistoryAsync(id);
        var replays = host.Engine.Episodes.Replays;
        return (state.SerializedOutput, [.. history.Select(e => e.Serialize())], replays);
    }

    /// <summary>Activities, a retried activity, a timeout race both ways, timers and GUIDs; one message per episode,
    /// so both runs see the same episodes (fan-out batching depends on thread timing, see the replay test).</summary>
    private sealed class Mixed : Workflow<object?, string[]>
    {
        public override async Task<string[]> RunAsync(WorkflowContext context, object? input)
        {
            var log = new List<string> { context.NewGuid().ToString() };
            log.Add(await context.CallActivityAsync<int>(nameof(FlakyActivity), 2) + " attempts");
            log.Add(await context.CallActivityAsync<string>(nameof(RecordActivity), "recorded"));
            log.Add(await context.WaitForExternalEvent<string>("answer", TimeSpan.FromMinutes(1)));
            try
            {
                await context.WaitForExternalEvent<string>("answer", TimeSpan.FromMinutes(1));
            }
            catch (TimeoutException)
            {
                log.Add("timed out at " + context.CurrentUtcDateTime.ToString("O"));
            }

            log.Add(await context.WaitForExternalEvent<string>("answer"));
            await context.CreateTimer(TimeSpan.FromMinutes(1));
            log.Add(context.NewGuid().ToString());
            return [.. log];
        }
    }

    private sealed class FanOutAndRace : Workflow<object?, string[]>
    {
        public override async Task<string[]> RunAsync(WorkflowContext context, object? input)
        {
            var fanned = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => context.CallActivityAsync<string>(nameof(RecordActivity), $"fan{i}")));
            var answer = context.WaitForExternalEvent<string>("answer");
            var winner = await Task.WhenAny(answer, context.CallActivityAsync<string>(nameof(RecordActivity), "racer"));
            return [.. fanned, winner == answer ? "answer first" : "activity first", context.NewGuid().ToString()];
        }
    }
}
