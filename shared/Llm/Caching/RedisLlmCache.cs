using MockInterview.Llm.Redis;
using StackExchange.Redis;

namespace MockInterview.Llm.Caching;

/// <summary>Response cache shared by every app instance through Redis (layout: <see cref="RedisLlmCacheKeys"/>).</summary>
/// <remarks>Values are set with their time to live in milliseconds and Redis drops them when it runs out. Hits and
/// misses are Redis counters, incremented fire-and-forget after the lookup so that counting adds no round trip.
/// Entries and bytes are not maintained (expiry would make counters drift): <see cref="GetStatisticsAsync"/> SCANs the
/// entry keys on every primary and sums STRLEN, which is O(entries) and meant for the admin endpoint only.
/// When Redis cannot be reached every method throws <see cref="LlmStoreUnavailableException"/>.</remarks>
internal sealed class RedisLlmCache(RedisConnection connection) : ILlmCache
{
    private const int ScanPageSize = 1_000;

    /// <summary>The scan may take longer than one operation; it serves the admin endpoint, not a request.</summary>
    private static readonly TimeSpan ScanTimeout = TimeSpan.FromSeconds(30);

    public async ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = connection.KeyPrefix;
        var value = await connection.RunAsync(
            "read the LLM cache",
            async m =>
            {
                var database = m.GetDatabase();
                var found = await database.StringGetAsync(RedisLlmCacheKeys.Entry(prefix, key)).ConfigureAwait(false);
                var counter = found.IsNull ? RedisLlmCacheKeys.Misses(prefix) : RedisLlmCacheKeys.Hits(prefix);
                database.StringIncrement(counter, flags: CommandFlags.FireAndForget);
                return found;
            },
            cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : (string?)value;
    }

    public async ValueTask SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeToLive, TimeSpan.FromMilliseconds(1));
        await connection.RunAsync(
            "write the LLM cache",
            m => m.GetDatabase().StringSetAsync(RedisLlmCacheKeys.Entry(connection.KeyPrefix, key), value, timeToLive),
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<LlmCacheStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var prefix = connection.KeyPrefix;
        var (hits, misses) = await connection.RunAsync(
            "read the LLM cache counters",
            async m =>
            {
                var database = m.GetDatabase();
                var counters = await database.StringGetAsync([RedisLlmCacheKeys.Hits(prefix), RedisLlmCacheKeys.Misses(prefix)]).ConfigureAwait(false);
                return (Count(counters[0]), Count(counters[1]));
            },
            cancellationToken).ConfigureAwait(false);
        var (entries, bytes) = await connection.RunAsync("scan the LLM cache", m => MeasureAsync(m, prefix), cancellationToken, ScanTimeout).ConfigureAwait(false);
        return new LlmCacheStatistics(hits, misses, entries, bytes);
    }

    /// <summary>Counts the entries and their bytes on every primary (a page of keys at a time, STRLEN pipelined).</summary>
    private static Task<(long Entries, long Bytes)> MeasureAsync(ConnectionMultiplexer multiplexer, string prefix) =>
        // IServer.Keys pages with SCAN but synchronously, so it runs off the caller's thread.
        Task.Run(async () =>
        {
            var database = multiplexer.GetDatabase();
            var pattern = RedisLlmCacheKeys.EntryPattern(prefix);
            long entries = 0, bytes = 0;
            foreach (var endpoint in multiplexer.GetEndPoints())
            {
                var server = multiplexer.GetServer(endpoint);
                if (!server.IsConnected || server.IsSlave)
                {
                    continue;
                }

                foreach (var page in server.Keys(database.Database, pattern, ScanPageSize).Chunk(ScanPageSize))
                {
                    var lengths = await Task.WhenAll(page.Select(k => database.StringLengthAsync(k))).ConfigureAwait(false);

                    // A key that expired between SCAN and STRLEN reads as 0 bytes and is not counted.
                    entries += lengths.Count(l => l > 0);
                    bytes += lengths.Sum();
                }
            }

            return (entries, bytes);
        });

    private static long Count(RedisValue value) => value.IsNull ? 0 : (long)value;
}
