using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Redis;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Quotas;

/// <summary><see cref="LlmStoresServiceCollectionExtensions.AddLlmStores"/>: which stores, and settings checked at start.</summary>
public sealed class LlmStoresRegistrationTests : IClassFixture<RedisServerFixture>
{
    private readonly RedisServerFixture redis;

    public LlmStoresRegistrationTests(RedisServerFixture redis) => this.redis = redis;

    [Fact]
    public async Task AddLlmStores_NoRedisConnectionString_RegistersTheMemoryStores()
    {
        await using var provider = Build([]);

        Assert.IsType<MemoryQuotaStore>(provider.GetRequiredService<IQuotaStore>());
        Assert.IsType<MemoryLlmCache>(provider.GetRequiredService<ILlmCache>());
        Assert.Same(provider.GetRequiredService<IQuotaStore>(), provider.GetRequiredService<IQuotaStore>());
    }

    [Fact]
    public async Task AddLlmStores_RedisConnectionString_SharesOneConnectionBetweenTheRedisStores()
    {
        await using var provider = Build(new()
        {
            ["Redis:ConnectionString"] = redis.Server.ConnectionString,
            ["Redis:KeyPrefix"] = $"di-{Guid.NewGuid():N}:",

            // The first operation also opens the connection; the default bound (1 s) is about a warm store and
            // was missed once on a loaded CI machine. This test is about which stores are registered.
            ["Redis:OperationTimeoutMilliseconds"] = "10000",
        });
        var quotas = provider.GetRequiredService<IQuotaStore>();
        var cache = provider.GetRequiredService<ILlmCache>();

        var decision = await quotas.TryReserveAsync("groq", QuotaLimits.Unlimited, 5, DateTimeOffset.UtcNow, default);
        await cache.SetAsync("k", "v", TimeSpan.FromMinutes(1), default);

        Assert.IsType<RedisQuotaStore>(quotas);
        Assert.IsType<RedisLlmCache>(cache);
        Assert.True(decision.Granted);
        Assert.Equal("v", await cache.GetAsync("k", default));
        Assert.Single(provider.GetServices<RedisConnection>());
    }

    [Fact]
    public async Task AddLlmStores_RedisDown_StartsAndFailsOnlyWhenUsed()
    {
        var server = await RedisServer.StartAsync();
        var connectionString = server.ConnectionString;
        await server.DisposeAsync();
        await using var provider = Build(new()
        {
            ["Redis:ConnectionString"] = connectionString,
            ["Redis:OperationTimeoutMilliseconds"] = "300",
        });

        var cache = provider.GetRequiredService<ILlmCache>();

        await Assert.ThrowsAsync<LlmStoreUnavailableException>(async () => await cache.GetAsync("k", default));
    }

    [Theory]
    [InlineData("Redis:KeyPrefix", "", "Redis:KeyPrefix")]
    [InlineData("Redis:OperationTimeoutMilliseconds", "0", "Redis:OperationTimeoutMilliseconds")]
    [InlineData("Redis:ConnectionString", "127.0.0.1:6379,password=hunter2,bogusOption=1", "Redis:ConnectionString")]
    [InlineData("Llm:Cache:MaxEntries", "0", "Llm:Cache:MaxEntries")]
    [InlineData("Llm:Cache:MaxBytes", "-1", "Llm:Cache:MaxBytes")]
    public async Task AddLlmStores_InvalidSetting_FailsTheStartNamingIt(string setting, string value, string named)
    {
        await using var provider = Build(new() { [setting] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(named, error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddLlmStores(configuration).BuildServiceProvider();
    }
}
