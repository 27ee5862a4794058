using System.Text;

namespace MockInterview.Interviewing.Planning;

/// <summary>A small deterministic generator (SplitMix64) seeded from text with FNV-1a, so choices are the same in
/// every process and .NET version (string.GetHashCode is randomised per process, System.Random's algorithm may change).</summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public static SeededRandom For(string interviewId, string purpose) => new(Hash(interviewId + "\u001f" + purpose));

    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
