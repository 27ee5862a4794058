namespace MockInterview.Functions.Health;

/// <summary>Body of <c>GET /api/health</c>.</summary>
/// <param name="Status">ok or unhealthy.</param>
/// <param name="Checks">Each store and whether it could be reached.</param>
/// <param name="Time">The server's clock.</param>
public sealed record HealthReport(string Status, IReadOnlyDictionary<string, string> Checks, DateTimeOffset Time);
