using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Health;

/// <summary>One provider's health as the admin endpoint shows it.</summary>
/// <param name="Name">Provider name.</param>
/// <param name="Model">Model in use.</param>
/// <param name="Priority">Tier (lower first).</param>
/// <param name="Weight">Share within the tier.</param>
/// <param name="Circuit">Circuit state.</param>
/// <param name="OpenUntil">When an open circuit (or Retry-After) ends.</param>
/// <param name="Disabled">True after the provider refused its credentials.</param>
/// <param name="LastError">Last error, without secrets.</param>
/// <param name="LastErrorAt">When it happened.</param>
/// <param name="RecentCalls">Attempts in the rolling window.</param>
/// <param name="SuccessRate">Share of those that succeeded (1 when there were none).</param>
/// <param name="LatencyP50Milliseconds">Median latency of successful attempts.</param>
/// <param name="LatencyP95Milliseconds">95th percentile latency of successful attempts.</param>
/// <param name="Limits">Configured quota limits.</param>
/// <param name="Usage">Usage of the current windows, or null when the store could not be read.</param>
/// <param name="QuotaUsedPercent">Highest use of any limit, in percent.</param>
public sealed record LlmProviderHealth(
    string Name,
    string Model,
    int Priority,
    int Weight,
    CircuitState Circuit,
    DateTimeOffset? OpenUntil,
    bool Disabled,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int RecentCalls,
    double SuccessRate,
    double LatencyP50Milliseconds,
    double LatencyP95Milliseconds,
    QuotaLimits Limits,
    QuotaUsage? Usage,
    double QuotaUsedPercent);
