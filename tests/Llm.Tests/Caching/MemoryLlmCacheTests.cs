using MockInterview.TestSupport;
using MockInterview.Llm.Caching;

namespace MockInterview.Llm.Tests.Caching;

public sealed class MemoryLlmCacheTests : LlmCacheContractTests
{
    private readonly ManualTimeProvider clock = new();
    private readonly MemoryLlmCache cache;

    public MemoryLlmCacheTests() => cache = new MemoryLlmCache(new MemoryLlmCacheOptions(), clock);

    internal override ILlmCache Cache => cache;

    internal override ILlmCache CreatePeer() => cache;

    protected override TimeSpan ShortTimeToLive => TimeSpan.FromMinutes(5);

    protected override Task LetExpireAsync(string key)
    {
        clock.Advance(ShortTimeToLive);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Get_OneTickBeforeTimeToLive_StillHits()
    {
        await cache.SetAsync("k", "v", TimeSpan.FromSeconds(30), default);

        clock.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(1));
        var before = await cache.GetAsync("k", default);
        clock.Advance(TimeSpan.FromTicks(1));
        var after = await cache.GetAsync("k", default);

        Assert.Equal("v", before);
        Assert.Null(after);
    }

    [Fact]
    public async Task Set_PastMaxEntries_EvictsTheLeastRecentlyUsed()
    {
        var bounded = new MemoryLlmCache(new MemoryLlmCacheOptions { MaxEntries = 3 }, clock);
        var ttl = TimeSpan.FromMinutes(10);
        await bounded.SetAsync("a", "1", ttl, default);
        await bounded.SetAsync("b", "2", ttl, default);
        await bounded.SetAsync("c", "3", ttl, default);
        await bounded.GetAsync("a", default); // b is now the coldest

        await bounded.SetAsync("d", "4", ttl, default);

        Assert.Null(await bounded.GetAsync("b", default));
        Assert.Equal(("1", "3", "4"), (await bounded.GetAsync("a", default), await bounded.GetAsync("c", default), await bounded.GetAsync("d", default)));
        Assert.Equal(3, (await bounded.GetStatisticsAsync(default)).Entries);
    }

    [Fact]
    public async Task Set_PastMaxBytes_EvictsColdEntriesUntilTheValueFits()
    {
        var bounded = new MemoryLlmCache(new MemoryLlmCacheOptions { MaxBytes = 100 }, clock);
        var ttl = TimeSpan.FromMinutes(10);
        await bounded.SetAsync("a", new string('a', 40), ttl, default);
        await bounded.SetAsync("b", new string('b', 40), ttl, default);
        await bounded.GetAsync("a", default);

        await bounded.SetAsync("c", new string('c', 50), ttl, default);
        var stats = await bounded.GetStatisticsAsync(default);

        Assert.Null(await bounded.GetAsync("b", default));
        Assert.NotNull(await bounded.GetAsync("a", default));
        Assert.Equal((2, 90), (stats.Entries, stats.Bytes));
    }

    [Fact]
    public async Task Set_ValueLargerThanMaxBytes_IsNotKeptAndEvictsNothing()
    {
        var bounded = new MemoryLlmCache(new MemoryLlmCacheOptions { MaxBytes = 100 }, clock);
        await bounded.SetAsync("small", "kept", TimeSpan.FromMinutes(10), default);

        await bounded.SetAsync("huge", new string('x', 101), TimeSpan.FromMinutes(10), default);

        Assert.Null(await bounded.GetAsync("huge", default));
        Assert.Equal("kept", await bounded.GetAsync("small", default));
    }

    [Fact]
    public async Task GetAndSet_ConcurrentCallers_KeepTheBoundsAndCountEveryLookup()
    {
        var bounded = new MemoryLlmCache(new MemoryLlmCacheOptions { MaxEntries = 50, MaxBytes = 2_000 }, clock);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 500; i++)
            {
                var key = $"k{(worker * 31 + i) % 120}";
                if (await bounded.GetAsync(key, default) is null)
                {
                    await bounded.SetAsync(key, new string('v', 10 + i % 40), TimeSpan.FromMinutes(1), default);
                }
            }
        })));
        var stats = await bounded.GetStatisticsAsync(default);

        Assert.Equal(4_000, stats.Hits + stats.Misses);
        Assert.InRange(stats.Entries, 1, 50);
        Assert.InRange(stats.Bytes, 1, 2_000);
    }
}
