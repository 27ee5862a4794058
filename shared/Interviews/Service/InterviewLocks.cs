namespace MockInterview.Interviews;

/// <summary>Serializes the answer and end requests of one interview within this process.</summary>
/// <remarks>
/// An answer is checked against the read model and then raised as an event; an end request is marked and then
/// raised. Interleaved, the end could reach the workflow before an answer that was already accepted (202), and the
/// answer would be lost. Under the lock one of them completes first: either the answer's event is queued before the
/// end's, or the answer sees the end and is refused. Striped, so memory stays fixed however many interviews run.
/// One process owns the embedded engine; a multi-instance backend needs the same order from its own store.
/// </remarks>
internal sealed class InterviewLocks
{
    private readonly SemaphoreSlim[] stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the interview's lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string interviewId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(int)((uint)StableHash(interviewId) % (uint)stripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(stripe);
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
