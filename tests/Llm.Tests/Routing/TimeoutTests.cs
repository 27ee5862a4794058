using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class TimeoutTests
{
    [Fact]
    public async Task CompleteAsync_ProviderHangs_TimesOutOnInjectedClockAndFailsOver()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.Hang());
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();

        var call = sut.AskAsync("q");
        await Eventually.TrueAsync(() => server.Requests("primary").Count == 1, "the primary received the call");
        Assert.False(call.IsCompleted);
        sut.Clock.Advance(TimeSpan.FromSeconds(5));

        var response = await Eventually.WithinAsync(call);
        Assert.Equal("backup", response.Provider);
        Assert.Equal("timeout", response.Attempts[0].Outcome);
        Assert.Contains("5 s", response.Attempts[0].Error);
    }

    [Fact]
    public async Task CompleteAsync_TotalBudgetSpent_StopsWithoutFurtherAttempts()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("a").Always(FakeBehavior.Hang());
        server.Script("b").Always(FakeBehavior.Hang());
        await using var sut = new RouterBuilder(server)
            .Provider("a")
            .Provider("b", priority: 1)
            .Provider("c", priority: 2)
            .Set("Llm:TotalBudgetSeconds", "7")
            .Build();

        var call = sut.AskAsync("q");
        await Eventually.TrueAsync(() => server.Requests("a").Count == 1, "a received the call");
        sut.Clock.Advance(TimeSpan.FromSeconds(5));
        await Eventually.TrueAsync(() => server.Requests("b").Count == 1, "b received the call");
        sut.Clock.Advance(TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<LlmRouterException>(() => Eventually.WithinAsync(call));
        Assert.Equal(["timeout", "timeout"], error.Attempts.Select(a => a.Outcome));
        Assert.Contains("2 s", error.Attempts[1].Error);
        Assert.Empty(server.Requests("c"));
    }

    [Fact]
    public async Task CompleteAsync_SlowFirstByteWithinTimeout_SucceedsAndRecordsLatency()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Always(FakeBehavior.Slow(TimeSpan.FromMilliseconds(40)));
        await using var sut = new RouterBuilder(server).Provider("p").Build();

        var response = await sut.AskAsync("q");

        Assert.Equal("p", response.Provider);
        Assert.True(response.Attempts[0].Elapsed >= TimeSpan.FromMilliseconds(40));
        var health = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.Single();
        Assert.True(health.LatencyP50Milliseconds >= 40);
    }

    [Fact]
    public async Task CompleteAsync_CallerCancels_ThrowsCancellationAndLeavesProviderHealthy()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Then(FakeBehavior.Hang());
        await using var sut = new RouterBuilder(server).Provider("p").Provider("backup", priority: 1).Build();
        using var cancel = new CancellationTokenSource();

        var call = sut.Router.CompleteAsync(Requests.Ask("q"), cancel.Token);
        await Eventually.TrueAsync(() => server.Requests("p").Count == 1, "the call reached the provider");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Eventually.WithinAsync(call));
        Assert.Empty(server.Requests("backup"));
        var health = (await sut.Router.GetHealthAsync(CancellationToken.None)).Providers.First();
        Assert.Equal(0, health.RecentCalls);
    }
}
