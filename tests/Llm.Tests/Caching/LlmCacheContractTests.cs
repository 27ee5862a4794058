using MockInterview.TestSupport;
using MockInterview.Llm.Caching;

namespace MockInterview.Llm.Tests.Caching;

/// <summary>What every <see cref="ILlmCache"/> must do; run against the memory and the Redis cache.</summary>
public abstract class LlmCacheContractTests
{
    /// <summary>The cache under test (a fresh, empty one per test).</summary>
    internal abstract ILlmCache Cache { get; }

    /// <summary>Another instance sharing <see cref="Cache"/>'s entries and counters.</summary>
    internal abstract ILlmCache CreatePeer();

    /// <summary>A time to live short enough for <see cref="LetExpireAsync"/> to pass it.</summary>
    protected abstract TimeSpan ShortTimeToLive { get; }

    /// <summary>Lets <paramref name="key"/>'s time to live run out (a clock moved, or a bounded wait on the server).</summary>
    protected abstract Task LetExpireAsync(string key);

    [Fact]
    public async Task Get_Missing_ReturnsNullAndCountsAMiss()
    {
        var value = await Cache.GetAsync("nothing-here", default);
        var stats = await Cache.GetStatisticsAsync(default);

        Assert.Null(value);
        Assert.Equal(new LlmCacheStatistics(0, 1, 0, 0), stats);
        Assert.Equal(0, stats.HitRate);
    }

    [Fact]
    public async Task Get_AfterSet_ReturnsTheValueAndCountsAHit()
    {
        await Cache.SetAsync("q1", "{\"question\":\"Tell me about a failure.\"}", TimeSpan.FromMinutes(10), default);

        var value = await Cache.GetAsync("q1", default);
        await Cache.GetAsync("q2", default);
        var stats = await Cache.GetStatisticsAsync(default);

        Assert.Equal("{\"question\":\"Tell me about a failure.\"}", value);
        Assert.Equal((1, 1), (stats.Hits, stats.Misses));
        Assert.Equal(0.5, stats.HitRate);
    }

    [Fact]
    public async Task Set_SameKeyAgain_KeepsTheLatestValueAsOneEntry()
    {
        await Cache.SetAsync("q1", "first answer", TimeSpan.FromMinutes(10), default);
        await Cache.SetAsync("q1", "second", TimeSpan.FromMinutes(10), default);

        var value = await Cache.GetAsync("q1", default);
        var stats = await Cache.GetStatisticsAsync(default);

        Assert.Equal("second", value);
        Assert.Equal((1, 6), (stats.Entries, stats.Bytes));
    }

    [Fact]
    public async Task GetStatistics_SomeEntries_CountsEntriesAndUtf8Bytes()
    {
        await Cache.SetAsync("a", "héllo", TimeSpan.FromMinutes(10), default); // é is two bytes in UTF-8
        await Cache.SetAsync("b", "1234567890", TimeSpan.FromMinutes(10), default);
        await Cache.SetAsync("c", "€", TimeSpan.FromMinutes(10), default);

        var stats = await Cache.GetStatisticsAsync(default);

        Assert.Equal((3, 6 + 10 + 3), (stats.Entries, stats.Bytes));
    }

    [Fact]
    public async Task Get_AfterTimeToLive_ReturnsNullAndTheEntryIsGone()
    {
        await Cache.SetAsync("short", "brief", ShortTimeToLive, default);
        await Cache.SetAsync("long", "lasting", TimeSpan.FromMinutes(10), default);
        Assert.Equal("brief", await Cache.GetAsync("short", default));

        await LetExpireAsync("short");
        var expired = await Cache.GetAsync("short", default);
        var kept = await Cache.GetAsync("long", default);
        var stats = await Cache.GetStatisticsAsync(default);

        Assert.Null(expired);
        Assert.Equal("lasting", kept);
        Assert.Equal(new LlmCacheStatistics(2, 1, 1, 7), stats);
    }

    [Fact]
    public async Task GetStatistics_FromAnotherInstance_SeesTheSameEntriesAndCounters()
    {
        var peer = CreatePeer();
        await Cache.SetAsync("shared", "value", TimeSpan.FromMinutes(10), default);

        var seenByPeer = await peer.GetAsync("shared", default);
        await Cache.GetAsync("shared", default);
        await Cache.GetAsync("absent", default);

        Assert.Equal("value", seenByPeer);
        await Eventually.TrueAsync(
            async () => await peer.GetStatisticsAsync(default) == new LlmCacheStatistics(2, 1, 1, 5),
            "both instances' lookups are counted");
    }

    [Fact]
    public async Task Set_NonPositiveTimeToLive_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            await Cache.SetAsync("k", "v", TimeSpan.Zero, default));
    }
}
