namespace MockInterview.Interviewing.Analysis;

/// <summary>Splits text into words and normalises them the same way for questions, rubrics and answers.</summary>
internal static class TextTokens
{
    /// <summary>Words: letters and digits, keeping "c#", "c++", ".net", "node.js", "don't" and "3.5" whole;
    /// hyphens and slashes split words. A hand-written scanner: this runs on every answer and every bank entry.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (text[i] == '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                i++;
            }
            else if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c) || c is '+' or '#')
                {
                    i++;
                }
                else if (c is '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            var lower = text.Substring(start, i - start).ToLowerInvariant().Replace('’', '\'');
            tokens.Add(new WordToken(lower, WordStemmer.Stem(lower), start, i - start));
        }

        return tokens;
    }

    public static IEnumerable<string> Stems(string text) => Tokenize(text).Select(t => t.Stem);

    /// <summary>Stems of the words that carry the topic (function words and stock question words removed).
    /// Synonyms meet at one concept (<see cref="ConceptMap"/>), so "db" and "database" give the same stem.</summary>
    public static HashSet<string> ContentStems(string text) => ContentStems(Tokenize(text));

    /// <summary>The topic-carrying concepts of words already tokenized.</summary>
    public static HashSet<string> ContentStems(IReadOnlyList<WordToken> tokens)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        ConceptMap.Embedded.AddContentStems(tokens, stems);
        return stems;
    }

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
}
