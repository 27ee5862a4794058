using MockInterview.TestSupport;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Redis;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Quotas;

/// <summary>The quota contract against a real redis-server; each test has its own key prefix.</summary>
public sealed class RedisQuotaStoreTests : QuotaStoreContractTests, IClassFixture<RedisServerFixture>, IDisposable
{
    private readonly RedisServerFixture redis;
    private readonly string prefix = $"test-{Guid.NewGuid():N}:";
    private readonly RedisConnections connections = new();
    private readonly RedisQuotaStore store;

    public RedisQuotaStoreTests(RedisServerFixture redis)
    {
        this.redis = redis;
        store = new RedisQuotaStore(Connect(redis.Server.ConnectionString, prefix));
    }

    internal override IQuotaStore Store => store;

    /// <summary>A second app instance: its own multiplexer, the same server and prefix.</summary>
    internal override IQuotaStore CreatePeer() => new RedisQuotaStore(Connect(redis.Server.ConnectionString, prefix));

    [Fact]
    public async Task TryReserve_Granted_WritesBothWindowKeysWithTheirLifetimes()
    {
        var limits = new QuotaLimits(10, 100, null, null, TimeSpan.FromHours(8));
        await store.TryReserveAsync("groq", limits, 42, Nine.AddSeconds(30), default);

        var minuteKey = $"{prefix}quota:{{groq}}:m:20260101T0900Z";
        var dayKey = $"{prefix}quota:{{groq}}:d:20260101T0800Z";
        var (minute, minuteTtl, dayTtl) = await redis.Server.InspectAsync(async database =>
            (await database.HashGetAllAsync(minuteKey), await database.KeyTimeToLiveAsync(minuteKey), await database.KeyTimeToLiveAsync(dayKey)));

        Assert.Equal([("requests", "1"), ("tokens", "42")], minute.Select(e => ((string)e.Name!, (string)e.Value!)).OrderBy(e => e.Item1));
        Assert.InRange(minuteTtl!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromMinutes(2));
        Assert.InRange(dayTtl!.Value, TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));
    }

    [Fact]
    public async Task TryReserve_OtherKeyPrefix_DoesNotShareCounters()
    {
        var limits = new QuotaLimits(1, null, null, null, TimeSpan.Zero);
        var otherApp = new RedisQuotaStore(Connect(redis.Server.ConnectionString, $"other-{Guid.NewGuid():N}:"));
        await store.TryReserveAsync("groq", limits, 0, Nine, default);

        var decision = await otherApp.TryReserveAsync("groq", limits, 0, Nine, default);

        Assert.True(decision.Granted);
    }

    [Fact]
    public async Task Methods_RedisStoppedMidTest_ThrowStoreUnavailableAndRecoverWhenItIsBack()
    {
        await using var server = await RedisServer.StartAsync();
        var limits = new QuotaLimits(100, null, null, null, TimeSpan.Zero);
        var outaged = new RedisQuotaStore(Connect(server.ConnectionString, prefix, operationTimeoutMilliseconds: 500));
        Assert.True((await outaged.TryReserveAsync("groq", limits, 1, Nine, default)).Granted);

        await server.StopAsync();
        var started = TimeProvider.System.GetTimestamp();
        var reserve = await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.TryReserveAsync("groq", limits, 1, Nine, default));
        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.GetUsageAsync("groq", limits, Nine, default));
        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.AdjustTokensAsync("groq", limits, 5, Nine, default));
        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await outaged.ResetDayAsync("groq", limits, Nine, default));
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        Assert.Contains($"127.0.0.1:{server.Port}", reserve.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(4), $"four failing calls took {elapsed}");

        // The server comes back empty (no persistence): the store reconnects by itself.
        await server.RestartAsync();
        await Eventually.TrueAsync(
            async () =>
            {
                try
                {
                    return (await outaged.TryReserveAsync("groq", limits, 1, Nine, default)).Granted;
                }
                catch (LlmStoreUnavailableException)
                {
                    return false;
                }
            },
            "the store reconnects to the restarted server",
            TimeSpan.FromSeconds(20));
    }

    public void Dispose() => connections.Dispose();

    private RedisConnection Connect(string connectionString, string keyPrefix, int operationTimeoutMilliseconds = 5_000) =>
        connections.Connect(connectionString, keyPrefix, operationTimeoutMilliseconds);
}
