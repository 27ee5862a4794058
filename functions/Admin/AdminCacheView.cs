namespace MockInterview.Functions.Admin;

/// <summary>Body of <c>GET /api/admin/cache</c>: the response cache's counters (of all instances when in Redis).</summary>
/// <param name="Enabled">Whether the router uses the cache (<c>Llm:Cache:Enabled</c>).</param>
/// <param name="Store">memory or redis.</param>
/// <param name="Hits">Lookups that found a reply.</param>
/// <param name="Misses">Lookups that found none.</param>
/// <param name="HitRate">Hits / (hits + misses), 0 before the first lookup.</param>
/// <param name="Entries">Replies held.</param>
/// <param name="Bytes">Size of the replies held (UTF-8).</param>
public sealed record AdminCacheView(bool Enabled, string Store, long Hits, long Misses, double HitRate, long Entries, long Bytes);
