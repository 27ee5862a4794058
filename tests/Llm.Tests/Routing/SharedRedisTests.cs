using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

/// <summary>Two app instances (two routers) sharing quotas and the cache through a real redis-server.</summary>
public sealed class SharedRedisTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task CompleteAsync_TwoInstancesOnRedis_MinuteQuotaCountsCallsOfBoth()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 5, TimeSpan.Zero));
        var builder = Builder(server, "RequestsPerMinute=4");
        await using var first = builder.Build(clock);
        await using var second = builder.Build(clock);

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("primary", (await first.AskAsync($"a{i}")).Provider);
            Assert.Equal("primary", (await second.AskAsync($"b{i}")).Provider);
        }

        Assert.Equal("backup", (await first.AskAsync("a2")).Provider);
        Assert.Equal("backup", (await second.AskAsync("b2")).Provider);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("primary", (await second.AskAsync("b3")).Provider);
    }

    [Fact]
    public async Task CompleteAsync_ConcurrentCallsFromTwoInstances_NeverOvershootTheSharedLimit()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 5, TimeSpan.Zero));
        var builder = Builder(server, "RequestsPerMinute=10");
        await using var first = builder.Build(clock);
        await using var second = builder.Build(clock);

        var calls = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? first : second).AskAsync($"q{i}"));
        var responses = await Task.WhenAll(calls);

        Assert.Equal(10, responses.Count(r => r.Provider == "primary"));
        Assert.Equal(30, responses.Count(r => r.Provider == "backup"));
        Assert.Equal(10, server.Requests("primary").Count);
    }

    [Fact]
    public async Task CompleteAsync_ReplyCachedByOneInstance_IsAHitOnTheOther()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var builder = Builder(server, "RequestsPerMinute=100");
        await using var first = builder.Build();
        await using var second = builder.Build();

        var original = await first.AskAsync("Describe a project.", cache: LlmCachePolicy.Default);
        var shared = await second.AskAsync("Describe a project.", cache: LlmCachePolicy.Default);

        Assert.True(shared.FromCache);
        Assert.Equal(original.Content, shared.Content);
        Assert.Single(server.Requests());
    }

    private RouterBuilder Builder(FakeOpenAiServer server, string primaryLimit) =>
        new RouterBuilder(server)
            .Provider("primary", priority: 0, weight: 1, primaryLimit)
            .Provider("backup", priority: 1)
            .Set("Redis:ConnectionString", redis.Server.ConnectionString)
            .Set("Redis:KeyPrefix", $"router-{Guid.NewGuid():N}:")

            // Each instance's first call also opens its connection; the 1 s default was missed once on a loaded CI
            // machine (in LlmStoresRegistrationTests), and these tests are about sharing, not about the bound.
            .Set("Redis:OperationTimeoutMilliseconds", "10000");
}
