namespace MockInterview.Llm.Routing;

/// <summary>A reply and where it came from.</summary>
/// <param name="Content">The reply text (JSON when the request had a schema).</param>
/// <param name="Provider">The provider that answered (for a cached reply: the one that answered first).</param>
/// <param name="Model">The model that answered.</param>
/// <param name="FromCache">True when served from the cache (no provider was called, no quota used).</param>
/// <param name="InputTokens">Prompt tokens reported by the provider (0 from the cache).</param>
/// <param name="OutputTokens">Completion tokens reported by the provider (0 from the cache).</param>
/// <param name="Elapsed">Time of the whole call.</param>
/// <param name="Attempts">The attempts made, failed ones first.</param>
public sealed record LlmResponse(
    string Content,
    string Provider,
    string Model,
    bool FromCache,
    int InputTokens,
    int OutputTokens,
    TimeSpan Elapsed,
    IReadOnlyList<LlmAttempt> Attempts);
