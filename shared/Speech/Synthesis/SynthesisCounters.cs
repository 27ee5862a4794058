using System.Diagnostics.Metrics;

namespace MockInterview.Speech.Synthesis;

/// <summary>What synthesis did: engine runs (whole texts spoken) and cache hits, as metrics
/// (meter <c>MockInterview.Speech.Synthesis</c>) and as totals for the worker's status and tests.</summary>
internal sealed class SynthesisCounters
{
    private static readonly Meter Meter = new("MockInterview.Speech.Synthesis");
    private static readonly Counter<long> EngineRunCounter = Meter.CreateCounter<long>("speech.synthesis.engine_runs", description: "Texts spoken by an engine (cache misses).");
    private static readonly Counter<long> CacheHitCounter = Meter.CreateCounter<long>("speech.synthesis.cache_hits", description: "Texts served from the question-audio cache.");
    private long engineRuns;
    private long cacheHits;

    /// <summary>Texts an engine has spoken since start.</summary>
    public long EngineRuns => Interlocked.Read(ref engineRuns);

    /// <summary>Texts served from the cache since start.</summary>
    public long CacheHits => Interlocked.Read(ref cacheHits);

    public void EngineRan(string engine)
    {
        Interlocked.Increment(ref engineRuns);
        EngineRunCounter.Add(1, new KeyValuePair<string, object?>("engine", engine));
    }

    public void CacheHit(string engine)
    {
        Interlocked.Increment(ref cacheHits);
        CacheHitCounter.Add(1, new KeyValuePair<string, object?>("engine", engine));
    }
}
