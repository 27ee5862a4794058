using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Storage.Tests.Queues;

public sealed class SqliteWorkQueueWaitTests : IAsyncLifetime
{
    private const string Jobs = "speech-jobs";
    private readonly QueueFile file = new();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task WaitForMessagesAsync_EnqueueInThisProcess_WakesWithoutTheClockMoving()
    {
        var waiting = file.Queue.WaitForMessagesAsync(Jobs, TimeSpan.FromHours(1), none);

        await file.Open().EnqueueAsync(Jobs, "job", null, none);

        await Eventually.WithinAsync(AsResult(waiting), what: "the wait to end on the enqueue signal");
    }

    [Fact]
    public async Task WaitForMessagesAsync_MessageAlreadyVisible_ReturnsAtOnce()
    {
        await file.Queue.EnqueueAsync(Jobs, "job", null, none);

        await Eventually.WithinAsync(AsResult(file.Queue.WaitForMessagesAsync(Jobs, TimeSpan.FromHours(1), none)), what: "the wait");
    }

    [Fact]
    public async Task WaitForMessagesAsync_NothingArrives_WaitsOutMaxWaitOnTheClock()
    {
        var start = file.Time.GetUtcNow();
        var waiting = file.Queue.WaitForMessagesAsync(Jobs, TimeSpan.FromSeconds(5), none);

        await AdvanceUntilAsync(waiting);

        Assert.True(file.Time.GetUtcNow() - start >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitForMessagesAsync_DelayedMessageDueBeforeMaxWait_WakesWhenItIsDue()
    {
        await file.Queue.EnqueueAsync(Jobs, "later", TimeSpan.FromSeconds(3), none);
        var start = file.Time.GetUtcNow();
        var waiting = file.Queue.WaitForMessagesAsync(Jobs, TimeSpan.FromHours(1), none);

        await AdvanceUntilAsync(waiting);

        var waited = file.Time.GetUtcNow() - start;
        Assert.InRange(waited, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10));
        Assert.Single(await file.Queue.ReceiveAsync(Jobs, 1, TimeSpan.FromSeconds(30), none));
    }

    [Fact]
    public async Task WaitForMessagesAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        var waiting = file.Queue.WaitForMessagesAsync(Jobs, TimeSpan.FromHours(1), cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Eventually.WithinAsync(AsResult(waiting), what: "the cancelled wait"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await file.DisposeAsync();

    /// <summary>Moves the clock a second at a time until <paramref name="waiting"/> ends (the wait's timer may not
    /// exist yet when the test starts advancing).</summary>
    private async Task AdvanceUntilAsync(Task waiting)
    {
        await Eventually.TrueAsync(() =>
        {
            if (!waiting.IsCompleted)
            {
                file.Time.Advance(TimeSpan.FromSeconds(1));
            }

            return waiting.IsCompleted;
        }, "the wait to end");
        await waiting;
    }

    private static async Task<bool> AsResult(Task task)
    {
        await task;
        return true;
    }
}
