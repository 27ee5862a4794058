using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.LlmInterviewer.Tests.Support;

/// <summary>The LLM interviewer as the app builds it (AddLlmInterviewer from configuration keys), with one provider "p"
/// on the scripted OpenAI-compatible server and a manual clock.</summary>
internal sealed class BrainHarness : IAsyncDisposable
{
    public const string Provider = "p";
    public const string LlmSource = "llm:p/model-p";

    private readonly ServiceProvider services;

    private BrainHarness(FakeOpenAiServer server, ServiceProvider services, ManualTimeProvider clock)
    {
        Server = server;
        this.services = services;
        Clock = clock;
        Brain = services.GetRequiredService<IInterviewerBrain>();
    }

    public FakeOpenAiServer Server { get; }

    public ManualTimeProvider Clock { get; }

    public IInterviewerBrain Brain { get; }

    public ProviderScript Script => Server.Script(Provider);

    public IReadOnlyList<RecordedRequest> Requests => Server.Requests(Provider);

    /// <summary>The harness with the model on every turn: live grading of each answer, follow-ups decided by the model
    /// from the answers, and every plan with a resume or job description tailored to it.</summary>
    public static Task<BrainHarness> StartPerTurnAsync(params (string Key, string Value)[] extra) =>
        StartAsync(
        [
            ("Interviewer:Llm:Grading", "Live"),
            ("Interviewer:Llm:FollowUps", "Contextual"),
            ("Interviewer:Llm:Tailoring", "Always"),
            .. extra,
        ]);

    public static async Task<BrainHarness> StartAsync(params (string Key, string Value)[] extra)
    {
        var server = await FakeOpenAiServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Providers:0:Name"] = Provider,
            ["Llm:Providers:0:BaseUrl"] = server.BaseUrl(Provider),
            ["Llm:Providers:0:ApiKey"] = "sk-test-p-0123456789secret",
            ["Llm:Providers:0:Model"] = "model-p",
            ["Llm:Providers:0:TimeoutSeconds"] = "5",
            ["Llm:MaxAttempts"] = "1",
            ["Llm:TotalBudgetSeconds"] = "60",
            ["Llm:Alerts:QuotaCheckSeconds"] = "0",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var clock = new ManualTimeProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddLlmInterviewer(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new BrainHarness(server, provider, clock);
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
