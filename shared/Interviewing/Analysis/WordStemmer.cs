using System.Collections.Concurrent;

namespace MockInterview.Interviewing.Analysis;

/// <summary>A light suffix stripper: "scaling", "scaled" and "scale" meet at one stem, so overlap counts work.</summary>
/// <remarks>Deliberately cruder than Porter: it only has to be consistent between questions and answers. Inflections
/// are removed first, then derivations, so "deliveries" → "delivery" → "deliver" and "delivered" → "deliver".</remarks>
internal static class WordStemmer
{
    private static readonly (string Suffix, string Replacement)[] Inflections =
    [
        ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
        ("ingly", ""), ("edly", ""), ("ing", ""), ("ed", ""), ("ly", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Derivations =
    [
        ("isation", "iz"), ("ization", "iz"), ("ational", "at"), ("ation", "at"), ("ise", "iz"), ("ize", "iz"), ("is", "iz"),
        ("ment", ""), ("ness", ""), ("ery", "er"), ("ful", ""),
    ];

    // Answers reuse a small vocabulary, so stems are remembered; the bound keeps floods of gibberish from growing it.
    private const int CacheLimit = 50_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var stem = Compute(word);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }

    private static string Compute(string word)
    {
        var stem = Strip(word, Inflections, 3);
        if (stem.Length == word.Length && stem.Length > 3 && stem[^1] == 's' && stem[^2] is not ('s' or 'u' or 'i'))
        {
            stem = stem[..^1];
        }

        stem = Strip(stem, Derivations, 4);

        // "running" -> "runn" -> "run"; "planned" -> "plan".
        if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('s' or 'l' or 'z' or 'e' or 'o'))
        {
            stem = stem[..^1];
        }

        if (stem.Length > 4 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static string Strip(string word, (string Suffix, string Replacement)[] rules, int minimumBase)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= minimumBase)
            {
                return string.Concat(word.AsSpan(0, word.Length - suffix.Length), replacement);
            }
        }

        return word;
    }
}
