using MockInterview.Llm.Health;

namespace MockInterview.Functions.Admin;

/// <summary>Body of <c>GET /api/admin/providers</c>: the router's health.</summary>
/// <param name="At">When the report was taken.</param>
/// <param name="AllProvidersDown">True while the last call found no provider able to serve.</param>
/// <param name="Providers">Every enabled provider, in routing order (priority, then name).</param>
/// <param name="RecentAlerts">The latest alerts, newest last.</param>
public sealed record AdminProvidersView(
    DateTimeOffset At,
    bool AllProvidersDown,
    IReadOnlyList<ProviderHealthView> Providers,
    IReadOnlyList<LlmAlert> RecentAlerts);
