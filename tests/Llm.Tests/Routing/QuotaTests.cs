using MockInterview.Llm.Health;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class QuotaTests
{
    [Fact]
    public async Task CompleteAsync_MinuteQuotaUsed_SkipsProviderUntilNextMinute()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("primary", priority: 0, weight: 1, "RequestsPerMinute=2")
            .Provider("backup", priority: 1)
            .Build(new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 9, 0, 10, TimeSpan.Zero)));

        var providers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            providers.Add((await sut.AskAsync($"q{i}")).Provider);
        }

        Assert.Equal(["primary", "primary", "backup"], providers);
        sut.Clock.Advance(TimeSpan.FromSeconds(50));
        Assert.Equal("primary", (await sut.AskAsync("next minute")).Provider);
        Assert.Equal(3, server.Requests("primary").Count);
    }

    [Fact]
    public async Task CompleteAsync_DayQuotaUsed_AdmitsAgainWhenProviderDayStartsOver()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("gemini", priority: 0, weight: 1, "RequestsPerDay=1", "DailyResetUtc=08:00")
            .Provider("backup", priority: 1)
            .Build(new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 7, 0, 0, TimeSpan.Zero)));

        Assert.Equal("gemini", (await sut.AskAsync("q1")).Provider);
        var skipped = await sut.AskAsync("q2");
        Assert.Equal("backup", skipped.Provider);
        Assert.Equal("quota-exhausted", skipped.Attempts[0].Outcome);

        sut.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("backup", (await sut.AskAsync("q3")).Provider);
        sut.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("gemini", (await sut.AskAsync("q4")).Provider);
    }

    [Fact]
    public async Task CompleteAsync_ProviderReportsUsage_TokenCountsCorrectedToReported()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Always(FakeBehavior.Reply() with { PromptTokens = 40, CompletionTokens = 60 });
        await using var sut = new RouterBuilder(server).Provider("p", priority: 0, weight: 1, "TokensPerDay=100000").Build();

        await sut.AskAsync("q1");
        await sut.AskAsync("q2");

        var limits = new QuotaLimits(null, null, null, 100_000, TimeSpan.Zero);
        var usage = await sut.Quotas.GetUsageAsync("p", limits, sut.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((2, 200, 200), (usage.RequestsToday, usage.TokensToday, usage.TokensThisMinute));
    }

    [Fact]
    public async Task CompleteAsync_ProviderRefusesWithServerError_ReservedTokensReturnedRequestStaysCounted()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Then(FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server)
            .Provider("p", priority: 0, weight: 1, "TokensPerDay=100000", "RequestsPerDay=100")
            .Provider("backup", priority: 1)
            .Build();

        await sut.AskAsync("q1");

        var limits = new QuotaLimits(null, 100, null, 100_000, TimeSpan.Zero);
        var usage = await sut.Quotas.GetUsageAsync("p", limits, sut.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((1, 0), (usage.RequestsToday, usage.TokensToday));
    }

    [Fact]
    public async Task CompleteAsync_TokenEstimateExceedsMinuteTokens_SkipsProvider()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("tiny", priority: 0, weight: 1, "TokensPerMinute=50")
            .Provider("backup", priority: 1)
            .Build();

        var response = await sut.AskAsync("This request reserves its prompt plus 100 output tokens.");

        Assert.Equal("backup", response.Provider);
        Assert.Contains("tokensPerMinute", response.Attempts[0].Error);
        Assert.Empty(server.Requests("tiny"));
    }

    [Fact]
    public async Task CompleteAsync_DailyQuotaPasses80Percent_RaisesOneAlertPerDay()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("p", priority: 0, weight: 1, "RequestsPerDay=10")
            .Set("Llm:Alerts:WebhookUrl", server.WebhookUrl)
            .Build();

        for (var i = 0; i < 10; i++)
        {
            await sut.AskAsync($"q{i}");
            var alerts = (await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts;
            Assert.Equal(i >= 7 ? 1 : 0, alerts.Count);
        }

        var alert = Assert.Single((await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts);
        Assert.Equal((LlmAlertKind.QuotaHigh, "p"), (alert.Kind, alert.Provider));
        Assert.Contains("80%", alert.Message);
        await Eventually.TrueAsync(() => server.Webhooks.Count == 1, "the quota alert was posted");
        Assert.Contains("\"QuotaHigh\"", server.Webhooks[0]);
    }

    [Fact]
    public async Task ResetDailyQuotasAsync_ExhaustedProvider_AdmitsAgainTheSameDay()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("p", priority: 0, weight: 1, "RequestsPerDay=1")
            .Provider("backup", priority: 1)
            .Build();
        await sut.AskAsync("q1");
        Assert.Equal("backup", (await sut.AskAsync("q2")).Provider);

        var reset = await sut.Router.ResetDailyQuotasAsync("P", CancellationToken.None);

        Assert.Equal(["p"], reset);
        Assert.Equal("p", (await sut.AskAsync("q3")).Provider);
        Assert.Empty(await sut.Router.ResetDailyQuotasAsync("unknown", CancellationToken.None));
    }

    [Fact]
    public async Task CompleteAsync_EveryQuotaUsed_ThrowsWithTheTimeTheFirstWindowStartsOver()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("p", priority: 0, weight: 1, "RequestsPerDay=1").Build();
        await sut.AskAsync("q1");

        var error = await Assert.ThrowsAsync<LlmRouterException>(() => sut.AskAsync("q2"));

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), error.RetryAt);
        Assert.Single(server.Requests());
    }
}
