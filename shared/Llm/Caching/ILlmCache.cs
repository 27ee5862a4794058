namespace MockInterview.Llm.Caching;

/// <summary>Exact-match store of LLM responses by key (Redis in production, memory locally).</summary>
/// <remarks>The router builds the key from the normalised request, prompt version and model parameters, and
/// decides what may be cached at all; the store only keeps values with a time to live and counts.</remarks>
public interface ILlmCache
{
    /// <summary>The cached value, or null (a miss); counts a hit or a miss.</summary>
    ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> for <paramref name="timeToLive"/>.</summary>
    ValueTask SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Hits, misses, entries and bytes (of all instances when shared).</summary>
    ValueTask<LlmCacheStatistics> GetStatisticsAsync(CancellationToken cancellationToken);
}
