using MockInterview.Llm.Health;

namespace MockInterview.Functions.Admin;

/// <summary>One provider in <c>GET /api/admin/providers</c>.</summary>
/// <param name="Name">Provider name.</param>
/// <param name="Model">Model in use.</param>
/// <param name="Priority">Tier (lower first).</param>
/// <param name="Weight">Share within its tier.</param>
/// <param name="Circuit">closed, open or halfOpen.</param>
/// <param name="OpenUntil">When an open circuit (or a Retry-After) ends.</param>
/// <param name="Disabled">True after the provider refused its credentials (401/403).</param>
/// <param name="RecentCalls">Attempts in the rolling window.</param>
/// <param name="SuccessRate">Share of those that succeeded (1 when there were none).</param>
/// <param name="LatencyP50Milliseconds">Median latency of successful attempts.</param>
/// <param name="LatencyP95Milliseconds">95th percentile latency of successful attempts.</param>
/// <param name="DailyResetUtc">Time of day (UTC, HH:mm) at which the provider's day starts.</param>
/// <param name="DayStart">Start of the current provider day.</param>
/// <param name="QuotaUsedPercent">Highest use of any limit, in percent.</param>
/// <param name="Quotas">Each limit with its use in the current window.</param>
/// <param name="LastError">Last error, with any configured key masked.</param>
/// <param name="LastErrorAt">When it happened.</param>
public sealed record ProviderHealthView(
    string Name,
    string Model,
    int Priority,
    int Weight,
    CircuitState Circuit,
    DateTimeOffset? OpenUntil,
    bool Disabled,
    int RecentCalls,
    double SuccessRate,
    double LatencyP50Milliseconds,
    double LatencyP95Milliseconds,
    string DailyResetUtc,
    DateTimeOffset DayStart,
    double QuotaUsedPercent,
    IReadOnlyList<QuotaLimitView> Quotas,
    string? LastError,
    DateTimeOffset? LastErrorAt);
