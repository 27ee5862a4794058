using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Routing;

public sealed class WeightedRoutingTests
{
    [Fact]
    public async Task CompleteAsync_Weights3To1_FollowsSmoothRoundRobinExactly()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("a", priority: 0, weight: 3).Provider("b", priority: 0, weight: 1).Build();

        var order = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            order.Add((await sut.AskAsync($"q{i}")).Provider);
        }

        Assert.Equal(["a", "a", "b", "a", "a", "a", "b", "a"], order);
    }

    [Fact]
    public async Task CompleteAsync_ThreeWeightsOver600Calls_SharesTrafficInProportion()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("a", priority: 0, weight: 5)
            .Provider("b", priority: 0, weight: 3)
            .Provider("c", priority: 0, weight: 2)
            .Provider("lower", priority: 1, weight: 100)
            .Build();

        for (var i = 0; i < 600; i++)
        {
            await sut.AskAsync($"q{i}");
        }

        Assert.Equal((300, 180, 120, 0), (server.Requests("a").Count, server.Requests("b").Count, server.Requests("c").Count, server.Requests("lower").Count));
    }

    [Fact]
    public async Task CompleteAsync_TierMemberOpen_RestOfTierTakesItsShareBeforeLowerTier()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("a").Always(FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server)
            .Provider("a", priority: 0, weight: 1)
            .Provider("b", priority: 0, weight: 1)
            .Provider("lower", priority: 1)
            .Build();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("b", (await sut.AskAsync($"q{i}")).Provider);
        }

        Assert.Equal(3, server.Requests("a").Count);
        Assert.Empty(server.Requests("lower"));
    }
}
