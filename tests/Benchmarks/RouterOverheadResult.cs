namespace MockInterview.Benchmarks;

/// <summary>Router overhead on a cache miss: per call (call time minus the time inside the provider client) and by
/// comparison with direct SDK calls to the same server.</summary>
internal sealed record RouterOverheadResult(Percentiles PerCall, Percentiles Router, Percentiles Direct, Percentiles ProviderClient);
