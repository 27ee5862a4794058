using MockInterview.Llm.Caching;

namespace MockInterview.Benchmarks;

/// <summary>What a simulated day of interviews through the LLM interviewer did.</summary>
/// <param name="Configuration">Which interviewer settings.</param>
/// <param name="Interviews">Interviews finished.</param>
/// <param name="Turns">Questions asked over all of them (answered, timed out or left open).</param>
/// <param name="Purposes">Calls by the purpose the brain gave them.</param>
/// <param name="ProviderRequests">Requests each provider received (the server's count, failures included).</param>
/// <param name="AnsweredBy">Calls each provider answered.</param>
/// <param name="Fallbacks">The brain's fallback warnings by purpose: calls the offline brain answered instead.</param>
/// <param name="Samples">The first few fallback and lost-call messages.</param>
/// <param name="FallbackParts">Questions, final evaluations and summaries marked offline-fallback.</param>
/// <param name="BrainErrors">Brain calls that threw (each ends its interview).</param>
/// <param name="Errors">The first few of those.</param>
/// <param name="Cache">The cache's own counters at the end of the day.</param>
/// <param name="HitMs">Time of a call served from the cache, real milliseconds.</param>
/// <param name="MissMs">Time of a call answered by a provider, real milliseconds.</param>
/// <param name="Elapsed">Real time the day took.</param>
internal sealed record RouterDayResult(
    string Configuration,
    int Interviews,
    int Turns,
    IReadOnlyDictionary<string, RouterPurposeFigures> Purposes,
    IReadOnlyDictionary<string, long> ProviderRequests,
    IReadOnlyDictionary<string, int> AnsweredBy,
    IReadOnlyDictionary<string, int> Fallbacks,
    IReadOnlyList<string> Samples,
    int FallbackParts,
    int BrainErrors,
    IReadOnlyList<string> Errors,
    LlmCacheStatistics Cache,
    Percentiles HitMs,
    Percentiles MissMs,
    TimeSpan Elapsed)
{
    public int TotalCalls => Purposes.Values.Sum(p => p.Calls);

    public int TotalCached => Purposes.Values.Sum(p => p.FromCache);

    public int Failovers => Purposes.Values.Sum(p => p.Failovers);

    public int Lost => Purposes.Values.Sum(p => p.Lost);

    public int FallbackCalls => Fallbacks.Values.Sum();

    public double AvoidedPercent => TotalCalls == 0 ? 0 : 100.0 * TotalCached / TotalCalls;

    /// <summary>The share of calls the cache could avoid at best: every cacheable call a hit.</summary>
    public double CeilingPercent => TotalCalls == 0 ? 0 : 100.0 * Purposes.Values.Sum(p => p.Cacheable) / TotalCalls;

    /// <summary>LLM calls per interview.</summary>
    public double CallsPerInterview => Interviews == 0 ? 0 : (double)TotalCalls / Interviews;

    /// <summary>Calls that reached a provider, per interview.</summary>
    public double ProviderCallsPerInterview => Interviews == 0 ? 0 : (double)(TotalCalls - TotalCached) / Interviews;
}
