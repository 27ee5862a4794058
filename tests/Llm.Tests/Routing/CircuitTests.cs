using MockInterview.Llm.Health;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class CircuitTests
{
    [Fact]
    public async Task CompleteAsync_ThreeFailuresInARow_OpensCircuitAndSkipsProviderWithoutCallingIt()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Error(503));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("backup", (await sut.AskAsync($"q{i}")).Provider);
        }

        var response = await sut.AskAsync("q3");

        Assert.Equal("backup", response.Provider);
        Assert.Equal(["success"], response.Attempts.Select(a => a.Outcome));
        Assert.Equal(3, server.Requests("primary").Count);
        var health = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single(p => p.Name == "primary");
        Assert.Equal(CircuitState.Open, health.Circuit);
        Assert.Equal(sut.Clock.GetUtcNow().AddSeconds(30), health.OpenUntil);
        var alert = Assert.Single((await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts);
        Assert.Equal((LlmAlertKind.ProviderTripped, "primary"), (alert.Kind, alert.Provider));
    }

    [Fact]
    public async Task CompleteAsync_BreakOver_HalfOpenProbeSucceedsAndClosesCircuit()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.Error(500), FakeBehavior.Error(500), FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();
        for (var i = 0; i < 3; i++)
        {
            await sut.AskAsync($"q{i}");
        }

        sut.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("backup", (await sut.AskAsync("still open")).Provider);
        sut.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(CircuitState.HalfOpen, (await Primary(sut)).Circuit);

        var probe = await sut.AskAsync("probe");

        Assert.Equal("primary", probe.Provider);
        Assert.Equal(CircuitState.Closed, (await Primary(sut)).Circuit);
        Assert.Equal("primary", (await sut.AskAsync("after")).Provider);
        var alerts = (await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts.Select(a => a.Kind);
        Assert.Equal([LlmAlertKind.ProviderTripped, LlmAlertKind.ProviderRecovered], alerts);
    }

    [Fact]
    public async Task CompleteAsync_ProbeFails_CircuitOpensAgainForAnotherBreak()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();
        for (var i = 0; i < 3; i++)
        {
            await sut.AskAsync($"q{i}");
        }

        sut.Clock.Advance(TimeSpan.FromSeconds(30));
        var probe = await sut.AskAsync("probe");

        Assert.Equal(["server-error", "success"], probe.Attempts.Select(a => a.Outcome));
        var primary = await Primary(sut);
        Assert.Equal(CircuitState.Open, primary.Circuit);
        Assert.Equal(sut.Clock.GetUtcNow().AddSeconds(30), primary.OpenUntil);
        Assert.Equal(4, server.Requests("primary").Count);
        Assert.Single((await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts);
    }

    [Fact]
    public async Task CompleteAsync_ProbeInFlight_OtherCallsGoElsewhereWithoutWaiting()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.Error(500), FakeBehavior.Error(500), FakeBehavior.Error(500), FakeBehavior.Hang());
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();
        for (var i = 0; i < 3; i++)
        {
            await sut.AskAsync($"q{i}");
        }

        sut.Clock.Advance(TimeSpan.FromSeconds(30));
        var probe = sut.AskAsync("probe");
        await Eventually.TrueAsync(() => server.Requests("primary").Count == 4, "the probe reached the primary");

        var during = await sut.AskAsync("during the probe");

        Assert.Equal("backup", during.Provider);
        Assert.Equal(["success"], during.Attempts.Select(a => a.Outcome));
        Assert.Equal(4, server.Requests("primary").Count);
        sut.Clock.Advance(TimeSpan.FromSeconds(5));
        var probed = await Eventually.WithinAsync(probe);
        Assert.Equal(["timeout", "success"], probed.Attempts.Select(a => a.Outcome));
        Assert.Equal(CircuitState.Open, (await Primary(sut)).Circuit);
    }

    private static async Task<LlmProviderHealth> Primary(RouterUnderTest sut) =>
        (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single(p => p.Name == "primary");
}
