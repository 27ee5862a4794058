using MockInterview.Llm.Routing;

namespace MockInterview.Llm.Providers;

/// <summary>One provider's chat endpoint. Failures are thrown as <see cref="ProviderException"/>; cancellation
/// (the router's timeout or the caller's) surfaces as <see cref="OperationCanceledException"/>.</summary>
internal interface IChatProvider
{
    Task<ProviderReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken);

    IAsyncEnumerable<ProviderStreamPiece> StreamAsync(LlmRequest request, CancellationToken cancellationToken);
}
