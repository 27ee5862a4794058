using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Interviewing;
using MockInterview.LlmInterviewer;

namespace MockInterview.Functions.Tests.Admin;

/// <summary>Interviewer:Brain picks the brain: offline by default, llm with the offline brain answering failed calls.</summary>
public sealed class InterviewerBrainTests
{
    [Fact]
    public void Start_NoBrainSetting_UsesTheOfflineBrain()
    {
        using var factory = new AdminAppFactory(AdminAppFactory.WithProviders());

        Assert.IsType<OfflineInterviewerBrain>(factory.Services.GetRequiredService<IInterviewerBrain>());
    }

    [Fact]
    public void Start_BrainLlm_UsesTheLlmBrainOnTheAppsRouter()
    {
        using var factory = new AdminAppFactory(AdminAppFactory.WithProviders(("Interviewer:Brain", "LLM")));

        Assert.IsType<LlmInterviewerBrain>(factory.Services.GetRequiredService<IInterviewerBrain>());
    }

    [Theory]
    [InlineData("offline")]
    [InlineData("llm")]
    public async Task Start_AnyBrain_WarmsTheOfflineBrainInTheBackground(string brain)
    {
        using var factory = new AdminAppFactory(AdminAppFactory.WithProviders(("Interviewer:Brain", brain)));
        using var client = factory.CreateClient();

        var warmUp = factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<MockInterview.Functions.Llm.OfflineBrainWarmUp>().Single();

        Assert.True(await warmUp.Completed.WaitAsync(TimeSpan.FromSeconds(30)), "the warm-up failed (see the log)");
    }

    [Fact]
    public void Start_UnknownBrain_FailsNamingTheSetting()
    {
        using var factory = new AdminAppFactory(AdminAppFactory.WithProviders(("Interviewer:Brain", "gpt")));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient().Dispose());

        Assert.Contains("Interviewer:Brain", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BrainLlmWithEveryProviderDown_AnswersFromTheOfflineBrainAndSaysSo()
    {
        using var factory = new AdminAppFactory(AdminAppFactory.WithProviders(("Interviewer:Brain", "llm")));
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/evaluate", new
        {
            mode = "behavioral",
            question = "Tell me about a time you resolved a conflict in your team.",
            answer = "Two engineers disagreed about a migration plan. I set up a meeting, we compared the risks and agreed to migrate in two steps; the release shipped a week later without incidents.",
        });

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        Assert.Equal(LlmSources.OfflineFallback, (string?)JsonNode.Parse(text)!["source"]);
        var providers = await factory.GetJsonAsync("/api/admin/providers");
        var beta = providers["providers"]!.AsArray().Single(p => (string?)p!["name"] == "beta")!;
        Assert.True(beta["lastError"] is not null, $"beta was called and failed: {beta.ToJsonString()}");
        Assert.DoesNotContain(AdminAppFactory.BetaApiKey, providers.ToJsonString(), StringComparison.Ordinal);
    }
}
