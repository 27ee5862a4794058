using System.Diagnostics;
using MockInterview.Llm.Providers;
using MockInterview.Llm.Routing;

namespace MockInterview.Benchmarks;

/// <summary>Wraps the real provider client and measures the time spent inside it (the OpenAI SDK call to the server),
/// so the router's own share of a call is the call's time minus this. Meant for sequential calls.</summary>
internal sealed class TimedChatProvider(IChatProvider inner) : IChatProvider
{
    private long ticks;

    /// <summary>Time spent inside the provider client since the last <see cref="Take"/>.</summary>
    public TimeSpan Take() => Stopwatch.GetElapsedTime(0, Interlocked.Exchange(ref ticks, 0));

    public async Task<ProviderReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);
        }
    }

    public IAsyncEnumerable<ProviderStreamPiece> StreamAsync(LlmRequest request, CancellationToken cancellationToken) =>
        inner.StreamAsync(request, cancellationToken);
}
