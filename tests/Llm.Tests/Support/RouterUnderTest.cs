using Microsoft.Extensions.DependencyInjection;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Quotas;
using MockInterview.Llm.Routing;
using MockInterview.TestSupport;

namespace MockInterview.Llm.Tests.Support;

/// <summary>A router built through <c>AddLlmRouter</c>, with its clock, logs and stores at hand.</summary>
internal sealed class RouterUnderTest(ServiceProvider services, ManualTimeProvider clock, CapturedLogs logs) : IAsyncDisposable
{
    public ILlmRouter Router { get; } = services.GetRequiredService<ILlmRouter>();

    public ManualTimeProvider Clock { get; } = clock;

    public CapturedLogs Logs { get; } = logs;

    public IQuotaStore Quotas { get; } = services.GetRequiredService<IQuotaStore>();

    public ILlmCache Cache { get; } = services.GetRequiredService<ILlmCache>();

    public Task<LlmResponse> AskAsync(string question, string purpose = "question", LlmCachePolicy? cache = null) =>
        Router.CompleteAsync(Requests.Ask(question, purpose, cache), CancellationToken.None);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
