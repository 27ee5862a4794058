namespace MockInterview.Llm.Configuration;

/// <summary>Defaults for a known provider; limits are the published free tier when the preset was written
/// (they change: docs/llm-providers.md says where each is published).</summary>
internal sealed record ProviderPreset(
    string Name,
    string? BaseUrl,
    string BaseUrlPattern,
    string? Model,
    int? RequestsPerMinute,
    int? RequestsPerDay,
    long? TokensPerMinute,
    long? TokensPerDay,
    int? ContextWindowTokens,
    TimeSpan DailyResetUtc,
    bool RequiresApiKey = true);
