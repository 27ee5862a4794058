using MockInterview.Storage.Tests.Queues;

namespace MockInterview.Storage.Tests.Heartbeats;

public sealed class SqliteHeartbeatStoreTests : IAsyncLifetime
{
    private const string Workers = "speech-workers";
    private readonly QueueFile file = new();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task ListAsync_AfterBeats_ReturnsEachMembersLatestReportAndTime()
    {
        await file.Heartbeats.BeatAsync(Workers, "b", "{\"n\":1}", none);
        file.Time.Advance(TimeSpan.FromSeconds(10));
        await file.Heartbeats.BeatAsync(Workers, "a", "{\"n\":2}", none);
        await file.Heartbeats.BeatAsync(Workers, "b", "{\"n\":3}", none);

        var beats = await file.Heartbeats.ListAsync(Workers, none);

        Assert.Equal(["a", "b"], beats.Select(b => b.Id));
        Assert.Equal("{\"n\":3}", beats[1].Json);
        Assert.Equal(file.Time.GetUtcNow(), beats[1].LastSeen);
    }

    [Fact]
    public async Task ListAsync_AnotherAdapterOnTheSameFile_SeesTheBeats()
    {
        await file.OpenHeartbeats().BeatAsync(Workers, "worker-1", "{}", none);

        Assert.Equal("worker-1", Assert.Single(await file.Heartbeats.ListAsync(Workers, none)).Id);
        Assert.Empty(await file.Heartbeats.ListAsync("other-group", none));
    }

    [Fact]
    public async Task BeatAsync_MemberSilentForADay_IsForgotten()
    {
        await file.Heartbeats.BeatAsync(Workers, "old", "{}", none);
        file.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));

        Assert.Empty(await file.Heartbeats.ListAsync(Workers, none));
        await file.Heartbeats.BeatAsync(Workers, "new", "{}", none);
        Assert.Equal("new", Assert.Single(await file.Heartbeats.ListAsync(Workers, none)).Id);
    }

    [Fact]
    public async Task RemoveAsync_Member_LeavesTheList()
    {
        await file.Heartbeats.BeatAsync(Workers, "w", "{}", none);

        Assert.True(await file.Heartbeats.RemoveAsync(Workers, "w", none));
        Assert.False(await file.Heartbeats.RemoveAsync(Workers, "w", none));
        Assert.Empty(await file.Heartbeats.ListAsync(Workers, none));
    }

    [Fact]
    public async Task BeatAsync_InvalidArguments_Throw()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => file.Heartbeats.BeatAsync(" ", "w", "{}", none));
        await Assert.ThrowsAsync<ArgumentException>(() => file.Heartbeats.BeatAsync(Workers, new string('w', 201), "{}", none));
        await Assert.ThrowsAsync<ArgumentException>(() => file.Heartbeats.BeatAsync(Workers, "w", "", none));
        await Assert.ThrowsAsync<ArgumentException>(() => file.Heartbeats.BeatAsync(Workers, "w", new string('x', 16 * 1024 + 1), none));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await file.DisposeAsync();
}
