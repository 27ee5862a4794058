using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterview.Interviewing;
using MockInterview.Llm;
using MockInterview.Llm.Configuration;

namespace MockInterview.LlmInterviewer.Tests.Registration;

public sealed class AddLlmInterviewerTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Llm:Providers:0:Name"] = "local",
        ["Llm:Providers:0:BaseUrl"] = "http://127.0.0.1:9/v1",
        ["Llm:Providers:0:Model"] = "m",
    }).Build();

    [Fact]
    public void AddLlmInterviewer_AfterOfflineInterviewer_LlmBrainIsTheBrainOfflineStaysResolvable()
    {
        using var provider = new ServiceCollection().AddLogging().AddOfflineInterviewer().AddLlmInterviewer(Configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var brain = provider.GetRequiredService<IInterviewerBrain>();

        Assert.IsType<LlmInterviewerBrain>(brain);
        Assert.Equal("llm", brain.Name);
        Assert.Equal("offline", provider.GetRequiredService<OfflineInterviewerBrain>().Name);
    }

    [Fact]
    public void AddLlmInterviewer_NoTtlConfigured_WordingsCachedThirtyDaysOtherPurposesUntouched()
    {
        using var provider = new ServiceCollection().AddLogging().AddLlmInterviewer(Configuration).BuildServiceProvider();

        var ttl = provider.GetRequiredService<IOptions<LlmOptions>>().Value.Cache.TtlSecondsByPurpose;

        Assert.Equal(30 * 86_400, ttl["question"]);
        Assert.Equal(30 * 86_400, ttl["follow-up-wording"]);
        Assert.False(ttl.ContainsKey("summary"));
    }

    [Fact]
    public void AddLlmInterviewer_WordingTtlConfigured_ConfigurationWins()
    {
        var configuration = new ConfigurationBuilder().AddConfiguration(Configuration).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Cache:TtlSecondsByPurpose:Question"] = "3600",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddLlmInterviewer(configuration).BuildServiceProvider();

        var ttl = provider.GetRequiredService<IOptions<LlmOptions>>().Value.Cache.TtlSecondsByPurpose;

        Assert.Equal(3600, ttl["question"]);
        Assert.Equal(30 * 86_400, ttl["follow-up-wording"]);
    }

    [Fact]
    public void AddLlmInterviewer_RouterAlreadyAdded_ProvidersBoundOnce()
    {
        using var provider = new ServiceCollection().AddLogging().AddLlmRouter(Configuration).AddLlmInterviewer(Configuration).BuildServiceProvider();

        Assert.Single(provider.GetRequiredService<IOptions<LlmOptions>>().Value.Providers);
        Assert.IsType<LlmInterviewerBrain>(provider.GetRequiredService<IInterviewerBrain>());
    }

    [Fact]
    public void AddLlmInterviewer_BadCallTimeout_FailsWithTheSettingName()
    {
        var configuration = new ConfigurationBuilder().AddConfiguration(Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Interviewer:Llm:CallTimeoutSeconds"] = "0" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddLlmInterviewer(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmInterviewerOptions>>().Value);
        Assert.Contains("Interviewer:Llm:CallTimeoutSeconds", error.Message);
    }
}
