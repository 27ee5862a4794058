using MockInterview.Llm.Health;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class AlertTests
{
    [Fact]
    public async Task CompleteAsync_AllDownOverManyCallsThenBack_AlertsOncePerStateChange()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("a").Then(FakeBehavior.Error(500), FakeBehavior.Error(500), FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server)
            .Provider("a")
            .Set("Llm:Circuit:FailureThreshold", "3")
            .Set("Llm:Alerts:WebhookUrl", server.WebhookUrl)
            .Build();

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<LlmRouterException>(() => Eventually.WithinAsync(sut.AskAsync($"q{i}")));
        }

        sut.Clock.Advance(TimeSpan.FromSeconds(30));
        await sut.AskAsync("back");
        await sut.AskAsync("still fine");

        var kinds = (await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts.Select(a => a.Kind);
        Assert.Equal([LlmAlertKind.ProviderTripped, LlmAlertKind.AllProvidersDown, LlmAlertKind.ProviderRecovered, LlmAlertKind.ProvidersBack], kinds);
        await Eventually.TrueAsync(() => server.Webhooks.Count == 4, "every alert was posted once");
        Assert.Equal(5, server.Requests("a").Count);
    }

    [Fact]
    public async Task CompleteAsync_429WithoutRetryAfter_CoolsDownForTheConfiguredTime()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.RateLimit(null));
        await using var sut = new RouterBuilder(server)
            .Provider("primary")
            .Provider("backup", priority: 1)
            .Set("Llm:Circuit:RateLimitCooldownSeconds", "12")
            .Build();

        await sut.AskAsync("q1");

        var primary = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single(p => p.Name == "primary");
        Assert.Equal((CircuitState.Open, sut.Clock.GetUtcNow().AddSeconds(12)), (primary.Circuit, primary.OpenUntil));
    }

    [Fact]
    public async Task CompleteAsync_503WithRetryAfter_SkipsProviderUntilThenWithoutTripping()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.Error(503, retryAfter: "45"));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();

        await sut.AskAsync("q1");
        sut.Clock.Advance(TimeSpan.FromSeconds(44));
        Assert.Equal("backup", (await sut.AskAsync("q2")).Provider);
        sut.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("primary", (await sut.AskAsync("q3")).Provider);
        Assert.Empty((await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts);
    }
}
