using MockInterview.Llm.Caching;
using MockInterview.Llm.Redis;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Caching;

/// <summary>The cache contract against a real redis-server; each test has its own key prefix.</summary>
public sealed class RedisLlmCacheTests : LlmCacheContractTests, IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly RedisServerFixture redis;
    private readonly string prefix = $"test-{Guid.NewGuid():N}:";
    private readonly RedisConnections connections = new();
    private readonly RedisLlmCache cache;

    public RedisLlmCacheTests(RedisServerFixture redis)
    {
        this.redis = redis;
        cache = new RedisLlmCache(Connect(redis.Server.ConnectionString, prefix));
    }

    internal override ILlmCache Cache => cache;

    /// <summary>A second app instance: its own multiplexer, the same server and prefix.</summary>
    internal override ILlmCache CreatePeer() => new RedisLlmCache(Connect(redis.Server.ConnectionString, prefix));

    /// <summary>Long enough that the read right after the write still finds the entry on a loaded machine (the test
    /// reads it before letting it expire), short enough that the expiry is awaited in a second or two.</summary>
    protected override TimeSpan ShortTimeToLive => TimeSpan.FromMilliseconds(1500);

    /// <summary>Polls the server (bounded) until the key is gone, instead of sleeping a fixed time.</summary>
    protected override async Task LetExpireAsync(string key)
    {
        await redis.Server.InspectAsync(async database =>
        {
            await Eventually.TrueAsync(
                async () => !await database.KeyExistsAsync(RedisLlmCacheKeys.Entry(prefix, key)),
                $"Redis expires {key}",
                TimeSpan.FromSeconds(5));
            return true;
        });
    }

    [Fact]
    public async Task Set_WritesThePrefixedKeyWithItsTimeToLiveInMilliseconds()
    {
        await cache.SetAsync("q1", "value", TimeSpan.FromMilliseconds(90_500), default);

        var ttl = await redis.Server.InspectAsync(database => database.KeyTimeToLiveAsync($"{prefix}cache:q1"));

        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(89), TimeSpan.FromMilliseconds(90_500));
    }

    [Fact]
    public async Task GetAndStatistics_OtherKeyPrefix_AreSeparate()
    {
        var otherApp = new RedisLlmCache(Connect(redis.Server.ConnectionString, $"other*[{Guid.NewGuid():N}]:"));
        await cache.SetAsync("q1", "ours", TimeSpan.FromMinutes(1), default);
        await otherApp.SetAsync("q2", "theirs!", TimeSpan.FromMinutes(1), default);

        var miss = await otherApp.GetAsync("q1", default);
        var stats = await otherApp.GetStatisticsAsync(default);

        Assert.Null(miss);
        Assert.Equal(new LlmCacheStatistics(0, 1, 1, 7), stats);
    }

    [Fact]
    public async Task GetStatistics_MoreEntriesThanOneScanPage_CountsThemAll()
    {
        var values = Enumerable.Range(0, 2_500).Select(i => cache.SetAsync($"k{i}", "abcd", TimeSpan.FromMinutes(1), default).AsTask());
        await Task.WhenAll(values);

        var stats = await cache.GetStatisticsAsync(default);

        Assert.Equal((2_500, 10_000), (stats.Entries, stats.Bytes));
    }

    [Fact]
    public async Task Methods_RedisStopped_ThrowStoreUnavailable()
    {
        await using var server = await RedisServer.StartAsync();
        var outaged = new RedisLlmCache(Connect(server.ConnectionString, prefix, operationTimeoutMilliseconds: 500));
        await outaged.SetAsync("k", "v", TimeSpan.FromMinutes(1), default);

        await server.StopAsync();

        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.GetAsync("k", default));
        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.SetAsync("k", "v", TimeSpan.FromMinutes(1), default));
        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.GetStatisticsAsync(default));
    }

    public void Dispose() => connections.Dispose();

    private RedisConnection Connect(string connectionString, string keyPrefix, int operationTimeoutMilliseconds = 5_000) =>
        connections.Connect(connectionString, keyPrefix, operationTimeoutMilliseconds);
}
