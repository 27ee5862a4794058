using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Routing;

public sealed class FailoverTests
{
    [Fact]
    public async Task CompleteAsync_AllHealthy_AnswersFromHighestPriorityWithUsage()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Provider("primary", priority: 0).Provider("backup", priority: 1).Build();

        var response = await sut.AskAsync("Tell me about yourself.");

        Assert.Equal("reply from primary", response.Content);
        Assert.Equal("primary", response.Provider);
        Assert.Equal("model-primary", response.Model);
        Assert.False(response.FromCache);
        Assert.Equal((12, 7), (response.InputTokens, response.OutputTokens));
        var sent = Assert.Single(server.Requests());
        Assert.Equal("Bearer " + RouterBuilder.SecretOf("primary"), sent.Authorization);
        Assert.Equal("model-primary", sent.Model);
        Assert.Equal("Tell me about yourself.", sent.LastMessage);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task CompleteAsync_PrimaryServerError_FailsOverToBackup(int status)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Error(status));
        await using var sut = new RouterBuilder(server).Provider("primary", priority: 0).Provider("backup", priority: 1).Build();

        var response = await sut.AskAsync("Why this role?");

        Assert.Equal("backup", response.Provider);
        Assert.Equal(["server-error", "success"], response.Attempts.Select(a => a.Outcome));
        Assert.Contains($"HTTP {status}", response.Attempts[0].Error);
    }

    [Fact]
    public async Task CompleteAsync_PrimaryMalformedBody_FailsOverToBackup()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Malformed());
        await using var sut = new RouterBuilder(server).Provider("primary", priority: 0).Provider("backup", priority: 1).Build();

        var response = await sut.AskAsync("Why this role?");

        Assert.Equal("backup", response.Provider);
        Assert.Equal("malformed", response.Attempts[0].Outcome);
    }

    [Fact]
    public async Task CompleteAsync_ReplyViolatesSchema_FailsOverToProviderThatFollowsIt()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Reply("""{"score":9,"reason":"too high"}"""));
        server.Script("backup").Always(FakeBehavior.Reply("""{"score":4,"reason":"clear and specific"}"""));
        await using var sut = new RouterBuilder(server).Provider("primary", priority: 0).Provider("backup", priority: 1).Build();

        var response = await sut.Router.CompleteAsync(Requests.Grade("I led the migration."), CancellationToken.None);

        Assert.Equal("backup", response.Provider);
        Assert.Equal("schema-violation", response.Attempts[0].Outcome);
        Assert.Contains("maximum", response.Attempts[0].Error);
        var format = server.Requests("primary")[0].ResponseFormat;
        Assert.NotNull(format);
        Assert.Contains("\"json_schema\"", format);
        Assert.Contains("\"strict\":true", format);
    }

    [Fact]
    public async Task CompleteAsync_ContextLengthError_MovesToProviderWithLargerWindow()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("small").Always(FakeBehavior.ContextLength());
        server.Script("smaller").Always(FakeBehavior.ContextLength());
        await using var sut = new RouterBuilder(server)
            .Provider("small", priority: 0, weight: 1, "ContextWindowTokens=8000")
            .Provider("smaller", priority: 1, weight: 1, "ContextWindowTokens=4000")
            .Provider("large", priority: 2, weight: 1, "ContextWindowTokens=128000")
            .Build();

        var response = await sut.AskAsync("A very long resume ...");

        Assert.Equal("large", response.Provider);
        Assert.Empty(server.Requests("smaller"));
        Assert.Equal(["context-length", "success"], response.Attempts.Select(a => a.Outcome));
    }

    [Fact]
    public async Task CompleteAsync_LongerThanEveryWindow_ThrowsContextMessage()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("only").Always(FakeBehavior.ContextLength());
        await using var sut = new RouterBuilder(server).Provider("only", priority: 0, weight: 1, "ContextWindowTokens=8000").Build();

        var error = await Assert.ThrowsAsync<LlmRouterException>(() => sut.AskAsync("A very long resume ..."));

        Assert.Contains("context window", error.Message);
        Assert.Single(server.Requests());
    }

    [Fact]
    public async Task CompleteAsync_EveryProviderFails_ThrowsWithEachAttemptAndNoKey()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("a").Always(FakeBehavior.Error(500));
        server.Script("b").Always(FakeBehavior.Error(502));
        await using var sut = new RouterBuilder(server).Provider("a").Provider("b", priority: 1).Set("Llm:MaxAttempts", "2").Build();

        var error = await Assert.ThrowsAsync<LlmRouterException>(() => sut.AskAsync("Hello"));

        Assert.Equal(["a", "b"], error.Attempts.Select(a => a.Provider));
        Assert.Equal(2, server.Requests().Count);
        Assert.DoesNotContain(sut.Logs.Lines, l => l.Contains("secret", StringComparison.Ordinal));
    }
}
