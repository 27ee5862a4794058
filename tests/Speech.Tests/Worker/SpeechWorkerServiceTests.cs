using Microsoft.Data.Sqlite;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Worker;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Worker;

public sealed class SpeechWorkerServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly CancellationToken none = CancellationToken.None;
    private WorkerHost host = new();

    [Fact]
    public async Task Worker_JobsEnqueued_RunsEachOnceAndBeats()
    {
        await host.Worker.StartAsync(none);
        var jobs = new[] { host.TranscribeJob(), host.SynthesizeJob(), host.TranscribeJob() };
        foreach (var job in jobs)
        {
            await host.EnqueueAsync(job);
        }

        await Eventually.TrueAsync(async () => await host.CountAsync(QueueNames.SpeechResults) == 3, "three results are written", Bound);
        await Eventually.TrueAsync(async () => (await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).Count == 1, "the worker beats", Bound);
        var beat = Assert.Single(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none));
        await host.Worker.StopAsync(none);

        var results = await host.TakeResultsAsync();
        Assert.Equal(jobs.Select(j => j.JobId).Order(), results.Select(r => r.Result.JobId).Order());
        Assert.All(results, r => Assert.Equal(SpeechJobStatus.Succeeded, r.Result.Status));
        Assert.Equal(2, host.Transcription.Calls);
        Assert.Equal(1, host.Synthesis.Calls);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
        var report = SpeechJson.Deserialize<SpeechWorkerHeartbeat>(beat.Json);
        Assert.Equal("worker-under-test", report.WorkerId);
        Assert.True(report.CanTranscribe && report.CanSynthesize);
        Assert.Equal(2, report.Capacity);
        Assert.Empty(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none));
    }

    [Fact]
    public async Task Worker_ManySlowJobs_NeverRunsMoreThanMaxConcurrentJobs()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Transcription.Behaviour = async (_, _) =>
        {
            await gate.Task;
            return ScriptedTranscription.Sample;
        };
        for (var i = 0; i < 8; i++)
        {
            await host.EnqueueAsync(host.TranscribeJob() with { ExpiresAt = host.Time.GetUtcNow().AddHours(1) });
        }

        await host.Worker.StartAsync(none);
        await Eventually.TrueAsync(() => host.Transcription.Running == 2, "two jobs run", Bound);
        Assert.Equal(2, host.Status.InFlight);

        // Both processors busy and no buffer (the default): the receiver waits for a job to finish and leases nothing
        // more, so the other six stay visible for idle workers.
        await Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("waits for one to finish", StringComparison.Ordinal)), "the receiver waits", Bound);
        Assert.Equal(2, await Leased());
        Assert.Equal(2, host.Transcription.Running);
        gate.SetResult();
        await Eventually.TrueAsync(async () => await host.CountAsync(QueueNames.SpeechResults) == 8, "all eight results are written", Bound);
        await host.Worker.StopAsync(none);

        Assert.Equal(2, host.Transcription.MostRunning);
        Assert.Equal(8, host.Transcription.Calls);
    }

    [Fact]
    public async Task Worker_BufferCapacitySet_LeasesRunningPlusBufferedJobsOnly()
    {
        await host.DisposeAsync();
        host = new WorkerHost(new() { ["Speech:Worker:MaxConcurrentJobs"] = "1", ["Speech:Worker:BufferCapacity"] = "1" });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Transcription.Behaviour = async (_, _) =>
        {
            await gate.Task;
            return ScriptedTranscription.Sample;
        };
        for (var i = 0; i < 5; i++)
        {
            await host.EnqueueAsync(host.TranscribeJob() with { ExpiresAt = host.Time.GetUtcNow().AddHours(1) });
        }

        await host.Worker.StartAsync(none);
        await Eventually.TrueAsync(() => host.Transcription.Running == 1, "one job runs", Bound);
        await Eventually.TrueAsync(() => host.Logs.Lines.Any(l => l.Contains("waits for one to finish", StringComparison.Ordinal)), "the receiver waits", Bound);

        Assert.Equal(2, await Leased());
        gate.SetResult();
        await Eventually.TrueAsync(async () => await host.CountAsync(QueueNames.SpeechResults) == 5, "all five results are written", Bound);
        await host.Worker.StopAsync(none);
    }

    [Fact]
    public async Task StopAsync_JobsRunningAndBuffered_RunningFinishesAndTheRestAreGivenBack()
    {
        await host.DisposeAsync();
        host = new WorkerHost(new() { ["Speech:Worker:MaxConcurrentJobs"] = "1", ["Speech:Worker:BufferCapacity"] = "2" });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Transcription.Behaviour = async (_, _) =>
        {
            await gate.Task;
            return ScriptedTranscription.Sample;
        };
        for (var i = 0; i < 3; i++)
        {
            await host.EnqueueAsync(host.TranscribeJob() with { ExpiresAt = host.Time.GetUtcNow().AddHours(1) });
        }

        await host.Worker.StartAsync(none);
        await Eventually.TrueAsync(() => host.Transcription.Running == 1, "one job runs", Bound);
        var stopping = host.Worker.StopAsync(none);
        gate.SetResult();
        await stopping.WaitAsync(Bound);

        Assert.Equal(1, host.Transcription.Calls);
        Assert.Single(await host.TakeResultsAsync());
        var left = await host.Queue.ReceiveAsync(QueueNames.SpeechJobs, 32, TimeSpan.FromMinutes(1), none);
        Assert.Equal(2, left.Count);
        Assert.Empty(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none));
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutPassed_CancelsTheRunningJobAndGivesItBack()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Transcription.Behaviour = async (_, token) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            return ScriptedTranscription.Sample;
        };
        await host.EnqueueAsync(host.TranscribeJob() with { ExpiresAt = host.Time.GetUtcNow().AddHours(1) });
        await host.Worker.StartAsync(none);
        await entered.Task.WaitAsync(Bound);

        using var timedOut = new CancellationTokenSource();
        await timedOut.CancelAsync();
        await host.Worker.StopAsync(timedOut.Token).WaitAsync(Bound);

        Assert.Empty(await host.TakeResultsAsync());
        var back = Assert.Single(await host.Queue.ReceiveAsync(QueueNames.SpeechJobs, 32, TimeSpan.FromMinutes(1), none));
        Assert.Equal(2, back.DequeueCount);
    }

    [Fact]
    public async Task Worker_Idle_BeatsAgainEveryHeartbeatInterval()
    {
        await host.Worker.StartAsync(none);
        await Eventually.TrueAsync(async () => (await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).Count == 1, "the first beat", Bound);
        var first = Assert.Single(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).LastSeen;

        await Eventually.TrueAsync(async () =>
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            return Assert.Single(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).LastSeen > first;
        }, "a later beat", Bound);
        await host.Worker.StopAsync(none);

        Assert.Empty(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none));
    }

    [Fact]
    public async Task Worker_EngineCheckSlow_BeatsOnWithTheLastResult()
    {
        await host.Worker.StartAsync(none);
        Assert.Equal(1, host.Recognizer.Calls);
        Assert.True(host.Status.CanRun(SpeechJobKind.Transcribe));
        await Eventually.TrueAsync(async () => (await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).Count == 1, "the first beat", Bound);
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Recognizer.Hold = hold.Task;

        host.Time.Advance(TimeSpan.FromSeconds(300));
        await Eventually.TrueAsync(() => host.Recognizer.Calls == 2, "the next engine check starts and hangs", Bound);
        var before = Assert.Single(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).LastSeen;

        await Eventually.TrueAsync(async () =>
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            return Assert.Single(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).LastSeen > before;
        }, "a beat while the check hangs", Bound);
        var report = SpeechJson.Deserialize<SpeechWorkerHeartbeat>(Assert.Single(await host.Heartbeats.ListAsync(SpeechWorkerHeartbeat.Group, none)).Json);
        Assert.True(report.CanTranscribe && report.CanSynthesize);
        Assert.Equal(2, host.Recognizer.Calls);
        await host.Worker.StopAsync(none).WaitAsync(Bound);
        Assert.False(hold.Task.IsCompleted);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>Jobs on the queue that are leased now, read from the file without receiving anything (a receive
    /// would raise their dequeue counts).</summary>
    private async Task<long> Leased()
    {
        await using var connection = new SqliteConnection($"Data Source={host.QueueDatabase};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM queue_messages WHERE queue = $queue AND visible_at > $now";
        command.Parameters.AddWithValue("$queue", QueueNames.SpeechJobs);
        command.Parameters.AddWithValue("$now", host.Time.GetUtcNow().ToUnixTimeMilliseconds());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
