using MockInterview.Llm.Health;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class RetryAfterTests
{
    [Fact]
    public async Task CompleteAsync_429WithRetryAfter_MovesOnAtOnceAndSkipsProviderUntilThen()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.RateLimit("20"));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();
        var started = sut.Clock.GetUtcNow();

        var first = await sut.AskAsync("q1");

        Assert.Equal("backup", first.Provider);
        Assert.Equal(started, sut.Clock.GetUtcNow());
        Assert.Equal(["rate-limited", "success"], first.Attempts.Select(a => a.Outcome));
        var primary = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single(p => p.Name == "primary");
        Assert.Equal(started.AddSeconds(20), primary.OpenUntil);

        sut.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal("backup", (await sut.AskAsync("q2")).Provider);
        Assert.Single(server.Requests("primary"));
        sut.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("primary", (await sut.AskAsync("q3")).Provider);
        Assert.Empty((await sut.Router.GetHealthAsync(CancellationToken.None)).RecentAlerts);
    }

    [Fact]
    public async Task CompleteAsync_429WithHttpDate_HonoursTheDate()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var clock = new ManualTimeProvider();
        server.Script("primary").Then(FakeBehavior.RateLimit(clock.GetUtcNow().AddSeconds(90).ToString("R")));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build(clock);

        await sut.AskAsync("q1");

        var primary = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single(p => p.Name == "primary");
        Assert.Equal(clock.GetUtcNow().AddSeconds(90), primary.OpenUntil);
    }

    [Fact]
    public async Task CompleteAsync_429WithGeminiRetryInfoBody_HonoursTheDelay()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        const string body = """
            [{"error":{"code":429,"message":"Resource has been exhausted.","status":"RESOURCE_EXHAUSTED",
              "details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"37s"}]}}]
            """;
        server.Script("gemini").Then(FakeBehavior.RateLimit(null) with { ErrorBody = body });
        await using var sut = new RouterBuilder(server).Provider("gemini").Provider("backup", priority: 1).Build();

        await sut.AskAsync("q1");

        var gemini = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single(p => p.Name == "gemini");
        Assert.Equal(sut.Clock.GetUtcNow().AddSeconds(37), gemini.OpenUntil);
    }

    [Fact]
    public async Task CompleteAsync_OnlyProviderRateLimited_WaitsOnInjectedClockThenAnswers()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("only").Then(FakeBehavior.RateLimit("2"));
        await using var sut = new RouterBuilder(server).Provider("only").Build();
        var started = sut.Clock.GetUtcNow();

        var call = sut.AskAsync("q");
        await Eventually.TrueAsync(() => server.Requests("only").Count == 1, "the first attempt was made");
        while (!call.IsCompleted && sut.Clock.GetUtcNow() < started.AddSeconds(10))
        {
            sut.Clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(1);
        }

        var response = await Eventually.WithinAsync(call);
        Assert.Equal(["rate-limited", "success"], response.Attempts.Select(a => a.Outcome));
        Assert.Equal(2, server.Requests("only").Count);
    }

    [Fact]
    public async Task CompleteAsync_RetryAfterBeyondBudget_ThrowsAtOnceWithRetryAt()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("only").Then(FakeBehavior.RateLimit("120"));
        await using var sut = new RouterBuilder(server).Provider("only").Set("Llm:TotalBudgetSeconds", "10").Build();

        var error = await Assert.ThrowsAsync<LlmRouterException>(() => sut.AskAsync("q"));

        Assert.Equal(sut.Clock.GetUtcNow().AddSeconds(120), error.RetryAt);
        var report = await sut.Router.GetHealthAsync(CancellationToken.None);
        Assert.True(report.AllProvidersDown);
        Assert.Equal(LlmAlertKind.AllProvidersDown, Assert.Single(report.RecentAlerts).Kind);
    }
}
