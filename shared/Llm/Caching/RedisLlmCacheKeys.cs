using System.Text;

namespace MockInterview.Llm.Caching;

/// <summary>Key layout of the Redis response cache.</summary>
/// <remarks>Entries are strings at <c>{prefix}cache:{key}</c> with their time to live; the counters shared by every
/// instance are <c>{prefix}cache-stats:hits</c> and <c>{prefix}cache-stats:misses</c> (outside the entries' pattern).</remarks>
internal static class RedisLlmCacheKeys
{
    public static string Entry(string prefix, string key) => $"{prefix}cache:{key}";

    public static string Hits(string prefix) => $"{prefix}cache-stats:hits";

    public static string Misses(string prefix) => $"{prefix}cache-stats:misses";

    /// <summary>The SCAN pattern of every entry, with glob characters of the prefix escaped.</summary>
    public static string EntryPattern(string prefix)
    {
        var pattern = new StringBuilder();
        foreach (var c in prefix)
        {
            if (c is '*' or '?' or '[' or ']' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append("cache:*").ToString();
    }
}
