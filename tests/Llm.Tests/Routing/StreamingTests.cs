using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Routing;

public sealed class StreamingTests
{
    [Fact]
    public async Task StreamAsync_NormalReply_YieldsPiecesThenFinalWithUsage()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Always(FakeBehavior.Reply("Tell me about a hard bug."));
        await using var sut = new RouterBuilder(server).Provider("p").Build();

        var chunks = await Collect(sut.Router.StreamAsync(Requests.Ask("q"), CancellationToken.None));

        Assert.Equal("Tell me about a hard bug.", string.Concat(chunks.Select(c => c.Text)));
        Assert.True(chunks.Count >= 6);
        var final = chunks[^1];
        Assert.True(final.IsFinal);
        Assert.Equal((12, 7), (final.InputTokens, final.OutputTokens));
        Assert.All(chunks, c => Assert.Equal("p", c.Provider));
        Assert.True(Assert.Single(server.Requests()).Stream);
    }

    [Fact]
    public async Task StreamAsync_PrimaryFailsBeforeFirstPiece_FailsOverToBackup()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Error(503));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();

        var chunks = await Collect(sut.Router.StreamAsync(Requests.Ask("q"), CancellationToken.None));

        Assert.Equal("reply from backup", string.Concat(chunks.Select(c => c.Text)));
        Assert.All(chunks, c => Assert.Equal("backup", c.Provider));
        Assert.Single(server.Requests("primary"));
    }

    [Fact]
    public async Task StreamAsync_PrimaryRefusesBeforeFirstPiece_ReservedTokensReturnedRequestStaysCounted()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Then(FakeBehavior.Error(500));
        await using var sut = new RouterBuilder(server)
            .Provider("primary", priority: 0, weight: 1, "TokensPerDay=100000", "RequestsPerDay=100")
            .Provider("backup", priority: 1)
            .Build();

        await Collect(sut.Router.StreamAsync(Requests.Ask("q"), CancellationToken.None));

        var limits = new QuotaLimits(null, 100, null, 100_000, TimeSpan.Zero);
        var usage = await sut.Quotas.GetUsageAsync("primary", limits, sut.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((1, 0), (usage.RequestsToday, usage.TokensToday));
    }

    [Fact]
    public async Task StreamAsync_ConnectionDropsAfterFirstPiece_ThrowsRouterException()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.StreamThenDrop("Hello"));
        await using var sut = new RouterBuilder(server).Provider("primary").Provider("backup", priority: 1).Build();
        var received = new List<string>();

        var error = await Assert.ThrowsAsync<LlmRouterException>(async () =>
        {
            await foreach (var chunk in sut.Router.StreamAsync(Requests.Ask("q"), CancellationToken.None))
            {
                received.Add(chunk.Text);
            }
        });

        Assert.Equal(["Hello"], received);
        Assert.Contains("broke after 5 characters", error.Message);
        Assert.Empty(server.Requests("backup"));
    }

    [Fact]
    public async Task StreamAsync_SameRequestAgain_ServedWholeFromCache()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("p").Build();
        var request = Requests.Ask("q", cache: LlmCachePolicy.Default);

        var first = await Collect(sut.Router.StreamAsync(request, CancellationToken.None));
        var second = await Collect(sut.Router.StreamAsync(request, CancellationToken.None));

        Assert.False(first[0].FromCache);
        Assert.Equal(string.Concat(first.Select(c => c.Text)), string.Concat(second.Select(c => c.Text)));
        Assert.All(second, c => Assert.True(c.FromCache));
        Assert.True(second[^1].IsFinal);
        Assert.Single(server.Requests());
    }

    private static async Task<List<LlmStreamChunk>> Collect(IAsyncEnumerable<LlmStreamChunk> stream)
    {
        var chunks = new List<LlmStreamChunk>();
        await foreach (var chunk in stream)
        {
            chunks.Add(chunk);
        }

        return chunks;
    }
}
