namespace MockInterview.Llm.Routing;

/// <summary>What to ask any provider.</summary>
/// <param name="Purpose">What the call is for (e.g. question, follow-up, grading, summary); picks the cache time to live.</param>
/// <param name="Messages">The chat.</param>
/// <param name="PromptVersion">Version of the prompt template; part of the cache key, so a new prompt never reuses old replies.</param>
public sealed record LlmRequest(string Purpose, IReadOnlyList<LlmMessage> Messages, string PromptVersion)
{
    /// <summary>Sampling temperature, or null for the provider's default.</summary>
    public float? Temperature { get; init; }

    /// <summary>Most output tokens, or null for the provider's default.</summary>
    public int? MaxOutputTokens { get; init; }

    /// <summary>When set, the reply must be JSON following this schema.</summary>
    public LlmJsonSchema? JsonSchema { get; init; }

    /// <summary>Whether the reply may come from, and go to, the cache.</summary>
    public LlmCachePolicy Cache { get; init; } = LlmCachePolicy.Default;
}
