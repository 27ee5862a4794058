namespace MockInterview.Llm.Health;

/// <summary>The router's health: every provider, and the alerts raised recently.</summary>
/// <param name="At">When the report was taken.</param>
/// <param name="Providers">Providers in routing order (priority, then name).</param>
/// <param name="AllProvidersDown">True while the last call found no provider able to serve.</param>
/// <param name="RecentAlerts">The latest alerts, newest last.</param>
public sealed record LlmHealthReport(
    DateTimeOffset At,
    IReadOnlyList<LlmProviderHealth> Providers,
    bool AllProvidersDown,
    IReadOnlyList<LlmAlert> RecentAlerts);
