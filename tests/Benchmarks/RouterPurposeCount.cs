namespace MockInterview.Benchmarks;

/// <summary>Counters of one request purpose in the simulated day (updated from many calls at once).</summary>
internal sealed class RouterPurposeCount
{
    public int Calls;
    public int Cacheable;
    public int FromCache;
    public int Failovers;
    public int Lost;

    public void Add(ref int counter) => Interlocked.Increment(ref counter);
}
