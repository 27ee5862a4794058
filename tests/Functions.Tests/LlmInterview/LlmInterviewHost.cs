using MockInterview.Functions.Tests.Support;
using MockInterview.Llm.Tests.Support;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>The real app with <c>Interviewer:Brain=llm</c> and one provider, "fake", on the scripted OpenAI-compatible
/// server (answered by a <see cref="ScriptedModel"/> unless the test scripts it otherwise), a manual clock and its own
/// data folder; one per test, so that the router's cache and circuit start clean.</summary>
internal sealed class LlmInterviewHost : IAsyncDisposable
{
    public const string Provider = "fake";
    public const string Model = "model-e2e";
    public const string Source = "llm:" + Provider + "/" + Model;
    public const string ApiKey = "sk-e2e-0123456789-secret";

    private LlmInterviewHost(FakeOpenAiServer server, ApiFixture app)
    {
        Server = server;
        App = app;
        Script.ByRequest(ScriptedModel.Answer);
    }

    public FakeOpenAiServer Server { get; }

    public ApiFixture App { get; }

    public ScriptedModel ScriptedModel { get; } = new();

    public ProviderScript Script => Server.Script(Provider);

    /// <summary>Every request the provider received, read as the model reads it.</summary>
    public IReadOnlyList<ModelRequest> Requests => [.. Server.Requests(Provider).Select(ModelRequest.Read)];

    public IReadOnlyList<ModelRequest> RequestsFor(string schema) => [.. Requests.Where(r => r.Schema == schema)];

    public static async Task<LlmInterviewHost> StartAsync()
    {
        var server = await FakeOpenAiServer.StartAsync();
        var app = new ApiFixture();
        app.Settings["Interviewer:Brain"] = "llm";
        app.Settings["Llm:Providers:0:Name"] = Provider;
        app.Settings["Llm:Providers:0:BaseUrl"] = server.BaseUrl(Provider);
        app.Settings["Llm:Providers:0:ApiKey"] = ApiKey;
        app.Settings["Llm:Providers:0:Model"] = Model;

        // One attempt per call: a failing provider fails each call at once, and nothing waits on the manual clock.
        app.Settings["Llm:MaxAttempts"] = "1";
        return new LlmInterviewHost(server, app);
    }

    public InterviewApiClient Client(string user) => App.ClientFor(user);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }
}
