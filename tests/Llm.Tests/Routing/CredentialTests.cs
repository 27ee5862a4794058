using MockInterview.Llm.Health;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Routing;

public sealed class CredentialTests
{
    [Fact]
    public async Task CompleteAsync_401_DisablesProviderAndAlertsOnceWithoutTheKey()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Unauthorized());
        await using var sut = new RouterBuilder(server)
            .Provider("primary")
            .Provider("backup", priority: 1)
            .Set("Llm:Alerts:WebhookUrl", server.WebhookUrl)
            .Build();

        var first = await sut.AskAsync("q1");
        sut.Clock.Advance(TimeSpan.FromHours(2));
        var second = await sut.AskAsync("q2");

        Assert.Equal(["unauthorized", "success"], first.Attempts.Select(a => a.Outcome));
        Assert.Equal("backup", second.Provider);
        Assert.Single(server.Requests("primary"));
        var report = await sut.Router.GetHealthAsync(CancellationToken.None);
        var primary = report.Providers.Single(p => p.Name == "primary");
        Assert.True(primary.Disabled);
        Assert.Contains("401", primary.LastError);
        var alert = Assert.Single(report.RecentAlerts);
        Assert.Equal((LlmAlertKind.ProviderDisabled, "primary"), (alert.Kind, alert.Provider));
        await Eventually.TrueAsync(() => server.Webhooks.Count == 1, "the alert reached the webhook");
        Assert.Contains("ProviderDisabled", server.Webhooks[0]);
        var secret = RouterBuilder.SecretOf("primary");
        Assert.DoesNotContain(secret, server.Webhooks[0]);
        Assert.DoesNotContain(sut.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CompleteAsync_WebhookUnreachable_CallStillSucceeds()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("primary").Always(FakeBehavior.Unauthorized());
        await using var sut = new RouterBuilder(server)
            .Provider("primary")
            .Provider("backup", priority: 1)
            .Set("Llm:Alerts:WebhookUrl", "http://127.0.0.1:9/unreachable")
            .Build();

        var response = await sut.AskAsync("q1");

        Assert.Equal("backup", response.Provider);
        await Eventually.TrueAsync(() => sut.Logs.Lines.Any(l => l.Contains("webhook failed", StringComparison.Ordinal)), "the webhook failure was logged");
    }
}
