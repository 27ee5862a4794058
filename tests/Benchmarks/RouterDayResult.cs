namespace MockInterview.Benchmarks;

/// <summary>What a simulated day of interviews' LLM traffic did.</summary>
/// <param name="Shape">Which prompt shape (as built, or the shared-prompt upper bound).</param>
/// <param name="Calls">Calls requested, by purpose.</param>
/// <param name="Cached">Calls served from the cache, by purpose.</param>
/// <param name="Cacheable">Purposes whose requests may be cached.</param>
/// <param name="ProviderRequests">Requests each provider received (from the server's count).</param>
/// <param name="Failovers">Calls answered by another provider after a failed attempt.</param>
/// <param name="Lost">Calls that got no reply.</param>
/// <param name="HitMs">Time of a call served from the cache, real milliseconds.</param>
/// <param name="MissMs">Time of a call answered by a provider, real milliseconds.</param>
/// <param name="Elapsed">Real time the day took.</param>
internal sealed record RouterDayResult(
    string Shape,
    IReadOnlyDictionary<string, int> Calls,
    IReadOnlyDictionary<string, int> Cached,
    IReadOnlySet<string> Cacheable,
    IReadOnlyDictionary<string, long> ProviderRequests,
    int Failovers,
    int Lost,
    Percentiles HitMs,
    Percentiles MissMs,
    TimeSpan Elapsed)
{
    public int TotalCalls => Calls.Values.Sum();

    public int TotalCached => Cached.Values.Sum();

    public double AvoidedPercent => TotalCalls == 0 ? 0 : 100.0 * TotalCached / TotalCalls;

    /// <summary>The share of calls the cache could avoid at best: every cacheable call a hit.</summary>
    public double CeilingPercent => TotalCalls == 0 ? 0 : 100.0 * Calls.Where(c => Cacheable.Contains(c.Key)).Sum(c => c.Value) / TotalCalls;
}
