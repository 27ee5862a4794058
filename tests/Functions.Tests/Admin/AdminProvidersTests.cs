using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Llm.Caching;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>GET /api/admin/providers and /api/admin/cache with two configured providers (never called).</summary>
public sealed class AdminProvidersTests : IDisposable
{
    private readonly AdminAppFactory factory = new(AdminAppFactory.WithProviders());

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task GetProviders_TwoProviders_ListsThemInRoutingOrderWithHealthAndQuotaUse()
    {
        await factory.UseQuotaAsync("alpha", tokens: 50);

        var body = await factory.GetJsonAsync("/api/admin/providers");

        Assert.False((bool)body["allProvidersDown"]!);
        Assert.Empty(body["recentAlerts"]!.AsArray());
        Assert.Equal(factory.Clock.GetUtcNow(), (DateTimeOffset)body["at"]!);
        var providers = body["providers"]!.AsArray();
        Assert.Equal(["alpha", "beta"], providers.Select(p => (string)p!["name"]!));

        var alpha = providers[0]!;
        Assert.Equal("model-a", (string?)alpha["model"]);
        Assert.Equal(0, (int)alpha["priority"]!);
        Assert.Equal(1, (int)alpha["weight"]!);
        Assert.Equal("closed", (string?)alpha["circuit"]);
        Assert.Null(alpha["openUntil"]);
        Assert.False((bool)alpha["disabled"]!);
        Assert.Equal(0, (int)alpha["recentCalls"]!);
        Assert.Equal(1.0, (double)alpha["successRate"]!);
        Assert.Equal(0.0, (double)alpha["latencyP50Milliseconds"]!);
        Assert.Equal(0.0, (double)alpha["latencyP95Milliseconds"]!);
        Assert.Equal("10:00", (string?)alpha["dailyResetUtc"]);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 10, 0, 0, TimeSpan.Zero), (DateTimeOffset)alpha["dayStart"]!);
        Assert.Null(alpha["lastError"]);

        var quotas = alpha["quotas"]!.AsArray().ToDictionary(q => (string)q!["name"]!, q => q!);
        Assert.Equal(["requestsPerMinute", "requestsPerDay", "tokensPerMinute", "tokensPerDay"], quotas.Keys);
        AssertQuota(quotas["requestsPerDay"], limit: 100, used: 1, percent: 1.0);
        AssertQuota(quotas["tokensPerMinute"], limit: 1000, used: 50, percent: 5.0);
        AssertQuota(quotas["requestsPerMinute"], limit: null, used: 1, percent: null);
        AssertQuota(quotas["tokensPerDay"], limit: null, used: 50, percent: null);
        Assert.Equal(5.0, (double)alpha["quotaUsedPercent"]!);

        var beta = providers[1]!;
        Assert.Equal(1, (int)beta["priority"]!);
        Assert.Equal("00:00", (string?)beta["dailyResetUtc"]);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), (DateTimeOffset)beta["dayStart"]!);
        AssertQuota(beta["quotas"]!.AsArray().Single(q => (string?)q!["name"] == "requestsPerMinute")!, limit: 10, used: 0, percent: 0.0);
        Assert.Equal(0.0, (double)beta["quotaUsedPercent"]!);
    }

    [Fact]
    public async Task GetProviders_Always_NeverShowsAProviderKey()
    {
        using var client = factory.AdminClient();

        var text = await client.GetStringAsync("/api/admin/providers");

        Assert.Contains("beta", text, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminAppFactory.BetaApiKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("apiKey", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetProviders_NoProvidersConfigured_ReturnsAnEmptyList()
    {
        using var bare = new AdminAppFactory(new() { ["Admin:ApiKey"] = AdminAppFactory.AdminKey });

        var body = await bare.GetJsonAsync("/api/admin/providers");

        Assert.Empty(body["providers"]!.AsArray());
        Assert.False((bool)body["allProvidersDown"]!);
    }

    [Fact]
    public async Task GetCache_AfterAHitAndAMiss_ReportsTheCounters()
    {
        var cache = factory.Services.GetRequiredService<ILlmCache>();
        await cache.SetAsync("key-1", "a cached reply", TimeSpan.FromHours(1), CancellationToken.None);
        Assert.Equal("a cached reply", await cache.GetAsync("key-1", CancellationToken.None));
        Assert.Null(await cache.GetAsync("key-2", CancellationToken.None));

        var body = await factory.GetJsonAsync("/api/admin/cache");

        Assert.True((bool)body["enabled"]!);
        Assert.Equal("memory", (string?)body["store"]);
        Assert.Equal(1, (long)body["hits"]!);
        Assert.Equal(1, (long)body["misses"]!);
        Assert.Equal(0.5, (double)body["hitRate"]!);
        Assert.Equal(1, (long)body["entries"]!);
        Assert.Equal("a cached reply".Length, (long)body["bytes"]!);
    }

    [Fact]
    public async Task GetCache_CacheTurnedOff_SaysSo()
    {
        using var off = new AdminAppFactory(AdminAppFactory.WithProviders(("Llm:Cache:Enabled", "false")));

        var body = await off.GetJsonAsync("/api/admin/cache");

        Assert.False((bool)body["enabled"]!);
        Assert.Equal(0.0, (double)body["hitRate"]!);
    }

    [Fact]
    public async Task OpenApi_Document_ListsTheAdminRoutes()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["paths"]!.AsObject();
        Assert.Equal("AdminGetProviders", (string?)paths["/api/admin/providers"]?["get"]?["operationId"]);
        Assert.Equal("AdminGetCache", (string?)paths["/api/admin/cache"]?["get"]?["operationId"]);
        var reset = paths["/api/admin/quotas/reset"]?["post"];
        Assert.Equal("AdminResetQuotas", (string?)reset?["operationId"]);
        Assert.NotNull(reset?["requestBody"]?["content"]?["application/json"]);
        Assert.NotNull(reset?["responses"]?["401"]);
    }

    private static void AssertQuota(JsonNode quota, long? limit, long used, double? percent)
    {
        Assert.Equal(limit, (long?)quota["limit"]);
        Assert.Equal(used, (long?)quota["used"]);
        Assert.Equal(percent, (double?)quota["percent"]);
    }
}
