using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterview.Functions.CustomHandler;
using MockInterview.Functions.Llm;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>The ResetQuotas timer function: its function.json, and POST /ResetQuotas with the host's timer envelope.</summary>
public sealed class ResetQuotasFunctionTests : IDisposable
{
    private static readonly DateTimeOffset TenPast = new(2026, 1, 1, 10, 0, 5, TimeSpan.Zero);

    // Azure mode: the Functions host drives the timer, so no local timer competes with the envelope.
    private readonly AdminAppFactory factory = new(AdminAppFactory.WithProviders(("Hosting:Mode", "Azure")));

    public void Dispose() => factory.Dispose();

    [Fact]
    public void FunctionTable_Default_HasResetQuotasAsAnHourlyTimer()
    {
        factory.CreateClient().Dispose();

        var function = Assert.Single(factory.Services.GetRequiredService<FunctionTable>().GetFunctions(), f => f.Name == "ResetQuotas");

        var binding = Assert.Single(function.ToFunctionJson()["bindings"]!.AsArray())!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"timerTrigger","direction":"in","name":"timer","schedule":"0 0 * * * *","useMonitor":true,"runOnStartup":false}"""),
            binding), binding.ToJsonString());
    }

    [Fact]
    public void FunctionTable_ScheduleSetting_IsWrittenIntoFunctionJson()
    {
        using var custom = new AdminAppFactory(AdminAppFactory.WithProviders(("Llm:ResetQuotasSchedule", "0 30 */2 * * *")));
        custom.CreateClient().Dispose();

        var function = custom.Services.GetRequiredService<FunctionTable>().GetFunctions().Single(f => f.Name == "ResetQuotas");

        Assert.Equal("0 30 */2 * * *", (string?)function.ToFunctionJson()["bindings"]![0]!["schedule"]);
    }

    [Theory]
    [InlineData("0 0 * * *")]
    [InlineData("every hour")]
    [InlineData("0 0 * * * * *")]
    public void Start_ScheduleWithoutSixFields_FailsNamingTheSetting(string schedule)
    {
        using var bad = new AdminAppFactory(AdminAppFactory.WithProviders(("Llm:ResetQuotasSchedule", schedule)));

        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient().Dispose());

        Assert.Contains("Llm:ResetQuotasSchedule", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_AzureMode_RunsNoLocalTimer()
    {
        factory.CreateClient().Dispose();

        Assert.Empty(factory.Services.GetServices<IHostedService>().OfType<QuotaResetTimer>());
    }

    [Fact]
    public async Task Post_DayStartedSinceLastOccurrence_ResetsThatProviderOnly()
    {
        factory.CreateClient().Dispose();
        factory.Clock.Advance(TenPast - factory.Clock.GetUtcNow());
        await factory.UseQuotaAsync("alpha");
        await factory.UseQuotaAsync("beta");

        var logs = await PostTimerAsync(TimerPayload(last: "2026-01-01T09:00:00+00:00"));

        Assert.Contains(logs, l => l.Contains("alpha", StringComparison.Ordinal) && l.Contains("2026-01-01 10:00:00Z", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Contains("beta", StringComparison.Ordinal));
        Assert.Equal(0, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(1, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task Post_TimerValueDoubleEncodedAsTheHostSendsIt_IsDecoded()
    {
        factory.CreateClient().Dispose();
        factory.Clock.Advance(TenPast - factory.Clock.GetUtcNow());
        await factory.UseQuotaAsync("alpha");

        var encoded = JsonValue.Create(TimerPayload(last: "2026-01-01T09:00:00Z").ToJsonString());
        await PostTimerAsync(encoded);

        Assert.Equal(0, await factory.RequestsTodayAsync("alpha"));
    }

    [Fact]
    public async Task Post_NoDayStartedSinceLastOccurrence_ResetsNothing()
    {
        factory.CreateClient().Dispose();
        factory.Clock.Advance(TenPast - factory.Clock.GetUtcNow());
        await factory.UseQuotaAsync("alpha");
        await factory.UseQuotaAsync("beta");

        var logs = await PostTimerAsync(TimerPayload(last: "2026-01-01T10:00:00+00:00"));

        Assert.Contains(logs, l => l.StartsWith("No provider's day started since", StringComparison.Ordinal));
        Assert.Equal(1, await factory.RequestsTodayAsync("alpha"));
        Assert.Equal(1, await factory.RequestsTodayAsync("beta"));
    }

    [Fact]
    public async Task Post_FirstRunEverAndPastDue_ResetsNothingAndSaysWhy()
    {
        factory.CreateClient().Dispose();
        factory.Clock.Advance(TenPast - factory.Clock.GetUtcNow());
        await factory.UseQuotaAsync("alpha");

        var logs = await PostTimerAsync(TimerPayload(last: "0001-01-01T00:00:00", isPastDue: true));

        Assert.Contains(logs, l => l.Contains("past due", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Contains("No previous run is known", StringComparison.Ordinal));
        Assert.Equal(1, await factory.RequestsTodayAsync("alpha"));
    }

    [Fact]
    public async Task Post_NoScheduleStatus_CountsFromThisInstancesPreviousRun()
    {
        factory.CreateClient().Dispose();
        var first = await PostTimerAsync(new JsonObject { ["IsPastDue"] = false });
        Assert.Contains(first, l => l.Contains("No previous run is known", StringComparison.Ordinal));
        factory.Clock.Advance(TenPast - factory.Clock.GetUtcNow());
        await factory.UseQuotaAsync("alpha");

        var second = await PostTimerAsync(new JsonObject { ["IsPastDue"] = false });

        Assert.Contains(second, l => l.Contains("alpha", StringComparison.Ordinal));
        Assert.Equal(0, await factory.RequestsTodayAsync("alpha"));
    }

    private static JsonObject TimerPayload(string last, bool isPastDue = false) => new()
    {
        ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
        ["ScheduleStatus"] = new JsonObject { ["Last"] = last, ["Next"] = "2026-01-01T11:00:00+00:00", ["LastUpdated"] = last },
        ["IsPastDue"] = isPastDue,
    };

    private async Task<List<string>> PostTimerAsync(JsonNode timer)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["timer"] = timer },
            ["Metadata"] = new JsonObject { ["sys"] = new JsonObject { ["MethodName"] = "ResetQuotas", ["UtcNow"] = factory.Clock.GetUtcNow().ToString("O") } },
        };
        using var client = factory.CreateClient();
        using var content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/ResetQuotas", content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        return [.. body.RootElement.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()!)];
    }
}
