using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace MockInterview.Llm.Routing;

/// <summary>The response cache in front of the providers; its failures never fail a call.</summary>
internal sealed partial class LlmRouter
{
    private (string? Key, TimeSpan Ttl) CachePlan(LlmRequest request)
    {
        if (!options.Cache.Enabled || !request.Cache.Cacheable)
        {
            return (null, TimeSpan.Zero);
        }

        var ttl = request.Cache.TimeToLive
            ?? TimeSpan.FromSeconds(options.Cache.TtlSecondsByPurpose.TryGetValue(request.Purpose, out var seconds) ? seconds : options.Cache.DefaultTtlSeconds);
        return ttl > TimeSpan.Zero ? (CacheKeys.For(request), ttl) : (null, TimeSpan.Zero);
    }

    private async Task<CachedReply?> ReadCacheAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var value = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
            return value is null ? null : JsonSerializer.Deserialize<CachedReply>(value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Reading the LLM cache failed; calling a provider instead: {Error}", ex.Message);
            return null;
        }
    }

    private async Task WriteCacheAsync(string key, CachedReply reply, TimeSpan ttl, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(key, JsonSerializer.Serialize(reply), ttl, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Writing the LLM cache failed: {Error}", ex.Message);
        }
    }
}
