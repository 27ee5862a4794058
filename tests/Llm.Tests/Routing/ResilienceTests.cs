using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class ResilienceTests
{
    [Fact]
    public async Task CompleteAsync_TwoOfThreeProvidersFailAtRandom_NoRequestFails()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var random = new Random(20260101);
        FakeBehavior Flaky(int call) => random.Next(5) switch
        {
            0 => FakeBehavior.Error(500),
            1 => FakeBehavior.Error(503, retryAfter: "3"),
            2 => FakeBehavior.RateLimit("2"),
            3 => FakeBehavior.Malformed(),
            _ => FakeBehavior.Reply(),
        };
        server.Script("flaky-a").ByCall(Flaky);
        server.Script("flaky-b").ByCall(Flaky);
        await using var sut = new RouterBuilder(server)
            .Provider("flaky-a", priority: 0, weight: 2)
            .Provider("flaky-b", priority: 0, weight: 1)
            .Provider("steady", priority: 1)
            .Set("Llm:Circuit:BreakSeconds", "5")
            .Build();

        var providers = new Dictionary<string, int>();
        for (var i = 0; i < 300; i++)
        {
            var response = await sut.AskAsync($"question {i}");
            providers[response.Provider] = providers.GetValueOrDefault(response.Provider) + 1;
            sut.Clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 1500)));
        }

        Assert.Equal(300, providers.Values.Sum());
        Assert.True(providers.GetValueOrDefault("flaky-a") > 0 && providers.GetValueOrDefault("flaky-b") > 0 && providers["steady"] > 0);
        var health = await sut.Router.GetHealthAsync(CancellationToken.None);
        Assert.Equal(1.0, health.Providers.Single(p => p.Name == "steady").SuccessRate);
        Assert.True(health.Providers.Single(p => p.Name == "flaky-a").SuccessRate < 0.5);
        Assert.False(health.AllProvidersDown);
    }

    [Fact]
    public async Task CompleteAsync_ConcurrentCallsWhileTwoProvidersFail_NoRequestFails()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("flaky-a").ByCall(call => call % 3 == 0 ? FakeBehavior.Reply() : FakeBehavior.Error(500));
        server.Script("flaky-b").ByCall(call => call % 4 == 0 ? FakeBehavior.Reply() : FakeBehavior.RateLimit("1"));
        await using var sut = new RouterBuilder(server)
            .Provider("flaky-a", priority: 0, weight: 1)
            .Provider("flaky-b", priority: 0, weight: 1)
            .Provider("steady", priority: 1)
            .Set("Llm:Circuit:BreakSeconds", "1")
            .Build();

        for (var batch = 0; batch < 10; batch++)
        {
            var responses = await Eventually.WithinAsync(Task.WhenAll(Enumerable.Range(0, 20).Select(i => sut.AskAsync($"b{batch} q{i}"))));
            Assert.Equal(20, responses.Length);
            sut.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.True(server.Requests("steady").Count >= 100);
    }
}
