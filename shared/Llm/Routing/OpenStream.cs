using MockInterview.Llm.Providers;

namespace MockInterview.Llm.Routing;

/// <summary>A provider stream that has produced its first text; the idle timeout starts over with every piece.</summary>
internal sealed class OpenStream(
    Admission admission,
    IAsyncEnumerator<ProviderStreamPiece> pieces,
    CancellationTokenSource timeout,
    CancellationTokenSource linked,
    TimeSpan idleLimit,
    long began,
    ProviderStreamPiece first) : IAsyncDisposable
{
    public Admission Admission { get; } = admission;

    public ProviderStreamPiece First { get; } = first;

    public long Began { get; } = began;

    public TimeSpan IdleLimit { get; } = idleLimit;

    /// <summary>The next piece, or null at the end.</summary>
    public async ValueTask<ProviderStreamPiece?> NextAsync()
    {
        timeout.CancelAfter(IdleLimit);
        return await pieces.MoveNextAsync().ConfigureAwait(false) ? pieces.Current : null;
    }

    public async ValueTask DisposeAsync()
    {
        await pieces.DisposeAsync().ConfigureAwait(false);
        linked.Dispose();
        timeout.Dispose();
    }
}
