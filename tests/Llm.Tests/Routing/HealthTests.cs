using MockInterview.Llm.Health;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Routing;

public sealed class HealthTests
{
    [Fact]
    public async Task GetHealthAsync_AfterMixedCalls_ReportsRatesQuotaAndLastErrorWithoutKey()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Script("p").Then(FakeBehavior.Error(500), FakeBehavior.Reply(), FakeBehavior.Reply(), FakeBehavior.Reply());
        await using var sut = new RouterBuilder(server)
            .Provider("p", priority: 0, weight: 2, "RequestsPerDay=10", "TokensPerMinute=100000")
            .Provider("idle", priority: 1)
            .Build();

        for (var i = 0; i < 3; i++)
        {
            await sut.AskAsync($"q{i}");
        }

        var report = await sut.Router.GetHealthAsync(CancellationToken.None);

        Assert.Equal(["p", "idle"], report.Providers.Select(p => p.Name));
        var p = report.Providers[0];
        Assert.Equal(("model-p", 0, 2, CircuitState.Closed, false), (p.Model, p.Priority, p.Weight, p.Circuit, p.Disabled));
        Assert.Equal(3, p.RecentCalls);
        Assert.Equal(0.6667, p.SuccessRate);
        Assert.True(p.LatencyP95Milliseconds >= p.LatencyP50Milliseconds && p.LatencyP50Milliseconds > 0);
        Assert.Contains("HTTP 500", p.LastError);
        Assert.Equal(3, p.Usage!.RequestsToday);
        Assert.Equal(30, p.QuotaUsedPercent);
        Assert.Equal(10, p.Limits.RequestsPerDay);
        var idle = report.Providers[1];
        Assert.Equal((1, 1.0), (idle.RecentCalls, idle.SuccessRate));
        Assert.DoesNotContain(RouterBuilder.SecretOf("p"), System.Text.Json.JsonSerializer.Serialize(report));
    }
}
