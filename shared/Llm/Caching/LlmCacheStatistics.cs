namespace MockInterview.Llm.Caching;

/// <summary>Counters of the response cache.</summary>
public sealed record LlmCacheStatistics(long Hits, long Misses, long Entries, long Bytes)
{
    /// <summary>Hits / (hits + misses); 0 before the first lookup.</summary>
    public double HitRate => Hits + Misses == 0 ? 0 : Math.Round(Hits / (double)(Hits + Misses), 4);
}
