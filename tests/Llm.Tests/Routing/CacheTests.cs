using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Routing;

public sealed class CacheTests
{
    [Fact]
    public async Task CompleteAsync_SameRequestTwice_SecondFromCacheWithoutQuota()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("p", priority: 0, weight: 1, "RequestsPerDay=100").Build();

        var first = await sut.AskAsync("Describe a project.", cache: LlmCachePolicy.Default);
        var second = await sut.AskAsync("Describe a project.", cache: LlmCachePolicy.Default);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal((first.Content, first.Provider, first.Model), (second.Content, second.Provider, second.Model));
        Assert.Empty(second.Attempts);
        Assert.Single(server.Requests());
        var usage = await sut.Quotas.GetUsageAsync("p", new QuotaLimits(null, 100, null, null, TimeSpan.Zero), sut.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(1, usage.RequestsToday);
        var stats = await sut.Cache.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal((1, 1, 1), (stats.Hits, stats.Misses, stats.Entries));
    }

    [Fact]
    public async Task CompleteAsync_OnlyWhitespaceDiffers_HitsTheSameEntry()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("p").Build();

        await sut.AskAsync("Describe   a\nproject. ", cache: LlmCachePolicy.Default);
        var second = await sut.AskAsync(" Describe a project.", cache: LlmCachePolicy.Default);

        Assert.True(second.FromCache);
    }

    [Fact]
    public async Task CompleteAsync_PromptVersionOrParametersDiffer_Misses()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("p").Build();
        var request = Requests.Ask("Describe a project.", cache: LlmCachePolicy.Default);

        await sut.Router.CompleteAsync(request, CancellationToken.None);
        var versions = await sut.Router.CompleteAsync(request with { PromptVersion = "v2" }, CancellationToken.None);
        var temperature = await sut.Router.CompleteAsync(request with { Temperature = 0.9f }, CancellationToken.None);
        var tokens = await sut.Router.CompleteAsync(request with { MaxOutputTokens = 300 }, CancellationToken.None);
        var again = await sut.Router.CompleteAsync(request, CancellationToken.None);

        Assert.False(versions.FromCache || temperature.FromCache || tokens.FromCache);
        Assert.True(again.FromCache);
        Assert.Equal(4, server.Requests().Count);
    }

    [Fact]
    public async Task CompleteAsync_GradingWithCacheNever_AlwaysCallsAProvider()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Always(FakeBehavior.Reply("""{"score":3,"reason":"ok"}"""));
        await using var sut = new RouterBuilder(server).Provider("p").Build();

        var first = await sut.Router.CompleteAsync(Requests.Grade("My answer."), CancellationToken.None);
        var second = await sut.Router.CompleteAsync(Requests.Grade("My answer."), CancellationToken.None);

        Assert.False(first.FromCache || second.FromCache);
        Assert.Equal(2, server.Requests().Count);
        var stats = await sut.Cache.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal((0, 0, 0), (stats.Hits, stats.Misses, stats.Entries));
    }

    [Fact]
    public async Task CompleteAsync_PurposeTtlExpires_CallsProviderAgain()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server)
            .Provider("p")
            .Set("Llm:Cache:TtlSecondsByPurpose:question", "60")
            .Set("Llm:Cache:TtlSecondsByPurpose:summary", "0")
            .Build();

        await sut.AskAsync("q", cache: LlmCachePolicy.Default);
        sut.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True((await sut.AskAsync("q", cache: LlmCachePolicy.Default)).FromCache);
        sut.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False((await sut.AskAsync("q", cache: LlmCachePolicy.Default)).FromCache);
        await sut.AskAsync("s", purpose: "summary", cache: LlmCachePolicy.Default);
        Assert.False((await sut.AskAsync("s", purpose: "summary", cache: LlmCachePolicy.Default)).FromCache);
        Assert.Equal(4, server.Requests().Count);
    }

    [Fact]
    public async Task CompleteAsync_CacheDisabled_NeverReadsOrWrites()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("p").Set("Llm:Cache:Enabled", "false").Build();

        await sut.AskAsync("q", cache: LlmCachePolicy.Default);
        var second = await sut.AskAsync("q", cache: LlmCachePolicy.Default);

        Assert.False(second.FromCache);
        Assert.Equal(0, (await sut.Cache.GetStatisticsAsync(CancellationToken.None)).Entries);
    }

    [Fact]
    public async Task CompleteAsync_FailedCall_CachesNothing()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Then(FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server).Provider("p").Set("Llm:MaxAttempts", "1").Build();

        await Assert.ThrowsAsync<LlmRouterException>(() => sut.AskAsync("q", cache: LlmCachePolicy.Default));
        var retried = await sut.AskAsync("q", cache: LlmCachePolicy.Default);

        Assert.False(retried.FromCache);
        Assert.Equal("reply from p", retried.Content);
    }
}
