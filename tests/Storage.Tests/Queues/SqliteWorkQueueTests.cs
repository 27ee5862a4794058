using MockInterview.Storage.Queues;

namespace MockInterview.Storage.Tests.Queues;

public sealed class SqliteWorkQueueTests : IAsyncLifetime
{
    private const string Jobs = "speech-jobs";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly QueueFile file = new();
    private readonly CancellationToken none = CancellationToken.None;

    private IWorkQueue Queue => file.Queue;

    [Fact]
    public async Task ReceiveAsync_AfterEnqueue_LeasesTheMessageWithDequeueCountOne()
    {
        var id = await Queue.EnqueueAsync(Jobs, "{\"a\":1}", null, none);

        var message = Assert.Single(await Queue.ReceiveAsync(Jobs, 10, Lease, none));

        Assert.Equal(id, message.Id);
        Assert.Equal(Jobs, message.Queue);
        Assert.Equal("{\"a\":1}", message.Body);
        Assert.Equal(1, message.DequeueCount);
        Assert.Equal(file.Time.GetUtcNow(), message.InsertedAt);
        Assert.False(string.IsNullOrEmpty(message.LeaseToken));
    }

    [Fact]
    public async Task ReceiveAsync_Leased_InvisibleUntilTheTimeoutThenBackWithHigherCount()
    {
        var id = await Queue.EnqueueAsync(Jobs, "body", null, none);
        var first = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));

        file.Time.Advance(Lease - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
        file.Time.Advance(TimeSpan.FromMilliseconds(1));
        var second = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));

        Assert.Equal(id, second.Id);
        Assert.Equal(2, second.DequeueCount);
        Assert.NotEqual(first.LeaseToken, second.LeaseToken);
        Assert.Equal(1, await Queue.CountAsync(Jobs, none));
    }

    [Fact]
    public async Task CompleteAsync_StaleLeaseAfterAnotherReceive_ReturnsFalseAndKeepsTheMessage()
    {
        await Queue.EnqueueAsync(Jobs, "body", null, none);
        var stale = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
        file.Time.Advance(Lease);
        var current = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));

        Assert.False(await Queue.CompleteAsync(stale, none));
        Assert.False(await Queue.ReleaseAsync(stale, TimeSpan.Zero, none));
        Assert.Equal(1, await Queue.CountAsync(Jobs, none));
        Assert.True(await Queue.CompleteAsync(current, none));
        Assert.Equal(0, await Queue.CountAsync(Jobs, none));
    }

    [Fact]
    public async Task CompleteAsync_TimedOutButNotReceivedAgain_Succeeds()
    {
        // As in Azure: the lease token stays valid until someone else receives the message.
        await Queue.EnqueueAsync(Jobs, "body", null, none);
        var message = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
        file.Time.Advance(Lease * 2);

        Assert.True(await Queue.CompleteAsync(message, none));
        Assert.False(await Queue.CompleteAsync(message, none));
        Assert.Empty(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
    }

    [Fact]
    public async Task ReleaseAsync_WithDelay_VisibleAgainAfterTheDelayAndTheOldTokenIsSpent()
    {
        await Queue.EnqueueAsync(Jobs, "body", null, none);
        var message = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));

        Assert.True(await Queue.ReleaseAsync(message, TimeSpan.FromSeconds(5), none));
        Assert.False(await Queue.CompleteAsync(message, none));
        file.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
        file.Time.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));

        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task ReleaseAsync_NoDelay_VisibleAtOnce()
    {
        await Queue.EnqueueAsync(Jobs, "body", null, none);
        var message = Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));

        Assert.True(await Queue.ReleaseAsync(message, TimeSpan.Zero, none));

        Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
    }

    [Fact]
    public async Task EnqueueAsync_WithDelay_InvisibleUntilDue()
    {
        await Queue.EnqueueAsync(Jobs, "later", TimeSpan.FromSeconds(10), none);

        Assert.Empty(await Queue.ReceiveAsync(Jobs, 1, Lease, none));
        Assert.Equal(1, await Queue.CountAsync(Jobs, none));
        file.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("later", Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none)).Body);
    }

    [Fact]
    public async Task ReceiveAsync_SeveralVisible_OldestFirstUpToTheMaximum()
    {
        for (var i = 0; i < 5; i++)
        {
            await Queue.EnqueueAsync(Jobs, $"m{i}", null, none);
            file.Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var first = await Queue.ReceiveAsync(Jobs, 3, Lease, none);
        var rest = await Queue.ReceiveAsync(Jobs, 32, Lease, none);

        Assert.Equal(["m0", "m1", "m2"], first.Select(m => m.Body));
        Assert.Equal(["m3", "m4"], rest.Select(m => m.Body));
    }

    [Fact]
    public async Task ReceiveAsync_OtherQueue_SeesNothing()
    {
        await Queue.EnqueueAsync(Jobs, "job", null, none);

        Assert.Empty(await Queue.ReceiveAsync(QueueNames.SpeechResults, 1, Lease, none));
        Assert.Equal(0, await Queue.CountAsync(QueueNames.SpeechResults, none));
    }

    [Fact]
    public async Task EnqueueAsync_BodyAtTheLimit_Accepted()
    {
        var body = new string('x', IWorkQueue.MaxBodyChars);

        await Queue.EnqueueAsync(Jobs, body, null, none);

        Assert.Equal(body, Assert.Single(await Queue.ReceiveAsync(Jobs, 1, Lease, none)).Body);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IWorkQueue.MaxBodyChars + 1)]
    public async Task EnqueueAsync_EmptyOrOversizeBody_ThrowsAndStoresNothing(int length)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.EnqueueAsync(Jobs, new string('x', length), null, none));

        Assert.Equal(0, await Queue.CountAsync(Jobs, none));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("Speech-Jobs")]
    [InlineData("speech--jobs")]
    [InlineData("-speech")]
    [InlineData("speech_jobs")]
    [InlineData("../jobs")]
    public async Task Operations_InvalidQueueName_Throw(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.EnqueueAsync(name, "body", null, none));
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.ReceiveAsync(name, 1, Lease, none));
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.CountAsync(name, none));
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.WaitForMessagesAsync(name, TimeSpan.FromSeconds(1), none));
    }

    [Fact]
    public async Task Operations_OutOfRangeArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.EnqueueAsync(Jobs, "b", TimeSpan.FromSeconds(-1), none));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.ReceiveAsync(Jobs, 0, Lease, none));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.ReceiveAsync(Jobs, 33, Lease, none));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Queue.ReceiveAsync(Jobs, 1, TimeSpan.Zero, none));
        var forged = new QueueMessage(Jobs, "id", "body", 1, file.Time.GetUtcNow(), "");
        await Assert.ThrowsAsync<ArgumentException>(() => Queue.CompleteAsync(forged, none));
    }

    [Fact]
    public async Task ReceiveAsync_TwoAdaptersOnOneFileConcurrently_NeverLeaseTheSameMessage()
    {
        const int Messages = 300;
        for (var i = 0; i < Messages; i++)
        {
            await Queue.EnqueueAsync(Jobs, $"m{i}", null, none);
        }

        var adapters = new[] { file.Open(), file.Open() };
        var receivers = Enumerable.Range(0, 8).Select(async n =>
        {
            var adapter = adapters[n % adapters.Length];
            var mine = new List<QueueMessage>();
            while (true)
            {
                var batch = await adapter.ReceiveAsync(Jobs, 3, Lease, none);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch);
            }
        }).ToArray();
        var received = (await MockInterview.TestSupport.Eventually.WithinAsync(Task.WhenAll(receivers), TimeSpan.FromSeconds(60), "the receivers")).SelectMany(m => m).ToList();

        Assert.Equal(Messages, received.Count);
        Assert.Equal(Messages, received.Select(m => m.Id).Distinct().Count());
        Assert.All(received, m => Assert.Equal(1, m.DequeueCount));
        Assert.Contains(receivers, r => r.Result.Count > 0);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await file.DisposeAsync();
}
