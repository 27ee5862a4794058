using System.Text.RegularExpressions;

namespace MockInterview.Interviewing.Analysis;

/// <summary>Splits text into words and normalises them the same way for questions, rubrics and answers.</summary>
internal static partial class TextTokens
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var lower = match.Value.ToLowerInvariant().Replace('’', '\'');
            tokens.Add(new WordToken(lower, WordStemmer.Stem(lower), match.Index, match.Length));
        }

        return tokens;
    }

    public static IEnumerable<string> Stems(string text) => Tokenize(text).Select(t => t.Stem);

    /// <summary>Stems of the words that carry the topic (function words and stock question words removed).</summary>
    public static HashSet<string> ContentStems(string text) =>
        Tokenize(text).Where(t => !Stopwords.IsNoise(t.Lower, t.Stem)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return common / (double)(a.Count + b.Count - common);
    }

    // Keeps "c#", "c++", ".net", "node.js", "don't" and "3.5" whole; hyphens and slashes split words.
    [GeneratedRegex(@"\.?[A-Za-z0-9][A-Za-z0-9+#]*(?:['’.][A-Za-z0-9+#]+)*")]
    private static partial Regex WordPattern();
}
