namespace MockInterview.Llm.Routing;

/// <summary>Whether a reply may be served from, and stored in, the response cache.</summary>
/// <param name="Cacheable">False: never read or written (grading of a candidate's own answer).</param>
/// <param name="TimeToLive">Overrides the purpose's configured time to live when set.</param>
public sealed record LlmCachePolicy(bool Cacheable, TimeSpan? TimeToLive = null)
{
    /// <summary>Cacheable with the purpose's configured time to live.</summary>
    public static LlmCachePolicy Default { get; } = new(true);

    /// <summary>Never cached.</summary>
    public static LlmCachePolicy Never { get; } = new(false);

    /// <summary>Cacheable for <paramref name="timeToLive"/>.</summary>
    public static LlmCachePolicy For(TimeSpan timeToLive) => new(true, timeToLive);
}
