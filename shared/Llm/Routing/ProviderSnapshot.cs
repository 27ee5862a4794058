using MockInterview.Llm.Health;

namespace MockInterview.Llm.Routing;

/// <summary>A consistent read of a provider's state for the health report.</summary>
internal sealed record ProviderSnapshot(
    CircuitState Circuit,
    DateTimeOffset? OpenUntil,
    bool Disabled,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int RecentCalls,
    double SuccessRate,
    double LatencyP50Milliseconds,
    double LatencyP95Milliseconds);
