using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Configuration;
using MockInterview.Llm.Routing;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Llm.Tests.Configuration;

public sealed class LlmOptionsTests
{
    [Fact]
    public void Resolve_PresetWithKeyOnly_TakesBaseUrlModelLimitsAndWindowFromPreset()
    {
        var options = new LlmOptions { Providers = [new LlmProviderOptions { Preset = "groq", ApiKey = "gsk_secret" }] };
        var errors = new List<string>();

        var groq = Assert.Single(ProviderDefinitions.Resolve(options, errors));

        Assert.Empty(errors);
        Assert.Equal("groq", groq.Name);
        Assert.Equal("https://api.groq.com/openai/v1", groq.BaseUrl.ToString());
        Assert.Equal("llama-3.3-70b-versatile", groq.Model);
        Assert.Equal((30, 1_000, 12_000L, 100_000L), (groq.Limits.RequestsPerMinute, groq.Limits.RequestsPerDay, groq.Limits.TokensPerMinute, groq.Limits.TokensPerDay));
        Assert.Equal(131_072, groq.ContextWindowTokens);
    }

    [Fact]
    public void Resolve_ExplicitSettings_OverridePresetAndZeroMeansNoLimit()
    {
        var options = new LlmOptions
        {
            Providers = [new LlmProviderOptions { Preset = "gemini", Name = "gemini-pro", ApiKey = "k", Model = "gemini-2.5-pro", RequestsPerDay = 0, RequestsPerMinute = 5 }],
        };

        var gemini = Assert.Single(ProviderDefinitions.Resolve(options, []));

        Assert.Equal(("gemini-pro", "gemini-2.5-pro"), (gemini.Name, gemini.Model));
        Assert.Equal((5, (int?)null), (gemini.Limits.RequestsPerMinute, gemini.Limits.RequestsPerDay));
        Assert.Equal(TimeSpan.FromHours(8), gemini.Limits.DailyResetUtc);
    }

    [Fact]
    public void Validate_BadProviders_ReportsEveryProblemAndNeverTheKey()
    {
        var options = new LlmOptions
        {
            MaxAttempts = 0,
            Providers =
            [
                new LlmProviderOptions { Name = "a", BaseUrl = "not a url", Model = "m", ApiKey = "sk-very-secret-key" },
                new LlmProviderOptions { Name = "b", BaseUrl = "https://example.test/v1", Model = "m", Weight = 0 },
                new LlmProviderOptions { Preset = "cloudflare", ApiKey = "sk-very-secret-key" },
                new LlmProviderOptions { Preset = "nope" },
                new LlmProviderOptions { Name = "a", BaseUrl = "https://example.test/v1", Model = "m", ApiKey = "k" },
            ],
        };

        var result = new LlmOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Llm:Providers:0:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Providers:1:ApiKey", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Providers:1:Weight", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("<account-id>", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("'nope' is unknown", StringComparison.Ordinal) && f.Contains("groq", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Providers:4:Name 'a'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:MaxAttempts", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("sk-very-secret-key", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LocalServerWithoutKeyAndDisabledBrokenProvider_IsValid()
    {
        var options = new LlmOptions
        {
            Providers =
            [
                new LlmProviderOptions { Preset = "local", Model = "llama3.1:8b" },
                new LlmProviderOptions { Name = "off", Enabled = false },
            ],
        };

        Assert.True(new LlmOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(ProviderDefinitions.NoKey, Assert.Single(ProviderDefinitions.Resolve(options, [])).ApiKey);
    }

    [Fact]
    public void AddLlmRouter_EnvironmentStyleKeys_BindEveryProviderSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Providers:0:Name"] = "groq-main",
            ["Llm:Providers:0:Preset"] = "groq",
            ["Llm:Providers:0:ApiKey"] = "k",
            ["Llm:Providers:0:BaseUrl"] = "https://proxy.example.test/v1",
            ["Llm:Providers:0:Model"] = "llama-3.1-8b-instant",
            ["Llm:Providers:0:Priority"] = "2",
            ["Llm:Providers:0:Weight"] = "7",
            ["Llm:Providers:0:RequestsPerMinute"] = "11",
            ["Llm:Providers:0:RequestsPerDay"] = "12",
            ["Llm:Providers:0:TokensPerMinute"] = "13",
            ["Llm:Providers:0:TokensPerDay"] = "14",
            ["Llm:Providers:0:TimeoutSeconds"] = "3.5",
            ["Llm:Providers:0:ContextWindowTokens"] = "4096",
            ["Llm:Providers:0:DailyResetUtc"] = "07:00",
            ["Llm:Circuit:FailureThreshold"] = "5",
            ["Llm:Cache:TtlSecondsByPurpose:question"] = "600",
            ["Llm:Alerts:WebhookUrl"] = "https://hooks.example.test/llm",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddLlmRouter(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var p = Assert.Single(ProviderDefinitions.Resolve(options, []));

        Assert.Equal(("groq-main", "https://proxy.example.test/v1", "llama-3.1-8b-instant", 2, 7), (p.Name, p.BaseUrl.ToString(), p.Model, p.Priority, p.Weight));
        Assert.Equal((11, 12, 13L, 14L, TimeSpan.FromHours(7)), (p.Limits.RequestsPerMinute, p.Limits.RequestsPerDay, p.Limits.TokensPerMinute, p.Limits.TokensPerDay, p.Limits.DailyResetUtc));
        Assert.Equal((TimeSpan.FromSeconds(3.5), 4096), (p.Timeout, p.ContextWindowTokens));
        Assert.Equal(5, options.Circuit.FailureThreshold);
        Assert.Equal(600, options.Cache.TtlSecondsByPurpose["question"]);
        Assert.NotNull(services.GetRequiredService<ILlmRouter>());
    }

    [Fact]
    public void AddLlmRouter_InvalidProvider_FailsWhenResolvedWithTheSettingName()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Providers:0:Name"] = "x",
            ["Llm:Providers:0:BaseUrl"] = "ftp://x",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddLlmRouter(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<ILlmRouter>());

        Assert.Contains("Llm:Providers:0:BaseUrl", error.Message);
        Assert.Contains("Llm:Providers:0:Model", error.Message);
    }

    [Fact]
    public async Task CompleteAsync_NoProvidersConfigured_ThrowsClearMessage()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        await using var sut = new RouterBuilder(server).Build();

        var error = await Assert.ThrowsAsync<LlmRouterException>(() => sut.AskAsync("q"));

        Assert.Contains("No LLM provider is configured", error.Message);
        Assert.False((await sut.Router.GetHealthAsync(CancellationToken.None)).AllProvidersDown);
    }

    [Fact]
    public void Presets_EveryIssueProvider_HasAPreset()
    {
        string[] expected = ["gemini", "groq", "cerebras", "together", "deepseek", "fireworks", "openrouter", "mistral", "cloudflare", "huggingface", "github", "azure-openai", "local"];

        Assert.Equal(expected.Order(), ProviderPresets.All.Keys.Order());
        Assert.All(ProviderPresets.All.Values, p => Assert.True(p.BaseUrl is null || Uri.IsWellFormedUriString(p.BaseUrl, UriKind.Absolute)));
    }
}
