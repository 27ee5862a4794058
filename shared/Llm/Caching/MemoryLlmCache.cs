using System.Text;

namespace MockInterview.Llm.Caching;

/// <summary>Response cache of one app instance: least-recently-used eviction under an entry and a byte bound,
/// a time to live per entry, and counters.</summary>
/// <remarks>Expired entries are dropped when looked up and when statistics are read (and, like any cold entry, when
/// the bounds need room),
/// so <see cref="LlmCacheStatistics.Entries"/> and <see cref="LlmCacheStatistics.Bytes"/> count live entries only.</remarks>
internal sealed class MemoryLlmCache(MemoryLlmCacheOptions options, TimeProvider timeProvider) : ILlmCache
{
    private readonly object gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> recency = new(); // most recently used first
    private long bytes;
    private long hits;
    private long misses;

    public ValueTask<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (entries.TryGetValue(key, out var node))
            {
                if (node.Value.ExpiresAt > now)
                {
                    recency.Remove(node);
                    recency.AddFirst(node);
                    hits++;
                    return ValueTask.FromResult<string?>(node.Value.Value);
                }

                Remove(node);
            }

            misses++;
            return ValueTask.FromResult<string?>(null);
        }
    }

    public ValueTask SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        var size = Encoding.UTF8.GetByteCount(value);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            // A value larger than the whole cache is not kept (rather than emptying the cache for it).
            if (size > options.MaxBytes)
            {
                return ValueTask.CompletedTask;
            }

            MakeRoom(size);
            var node = recency.AddFirst(new Entry(key, value, size, now + timeToLive));
            entries[key] = node;
            bytes += size;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<LlmCacheStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            foreach (var node in entries.Values.Where(n => n.Value.ExpiresAt <= now).ToList())
            {
                Remove(node);
            }

            return ValueTask.FromResult(new LlmCacheStatistics(hits, misses, entries.Count, bytes));
        }
    }

    /// <summary>Evicts from the cold end until <paramref name="size"/> fits; expired entries there go first anyway.</summary>
    /// <remarks>No scan for expired entries here: that would make every write O(n) once the cache is full.</remarks>
    private void MakeRoom(long size)
    {
        while (recency.Last is { } coldest && (entries.Count + 1 > options.MaxEntries || bytes + size > options.MaxBytes))
        {
            Remove(coldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        recency.Remove(node);
        entries.Remove(node.Value.Key);
        bytes -= node.Value.Size;
    }

    private sealed record Entry(string Key, string Value, long Size, DateTimeOffset ExpiresAt);
}
