namespace MockInterview.Interviewing.Analysis;

/// <summary>A light suffix stripper: "scaling", "scaled" and "scale" meet at one stem, so overlap counts work.</summary>
/// <remarks>Deliberately cruder than Porter: it only has to be consistent between questions and answers.</remarks>
internal static class WordStemmer
{
    private static readonly (string Suffix, string Replacement)[] Rules =
    [
        ("isations", "iz"), ("izations", "iz"), ("isation", "iz"), ("ization", "iz"),
        ("ational", "at"), ("ations", "at"), ("ation", "at"),
        ("ising", "iz"), ("izing", "iz"), ("ised", "iz"), ("ized", "iz"), ("ises", "iz"), ("izes", "iz"), ("ise", "iz"), ("ize", "iz"),
        ("ments", ""), ("ment", ""), ("nesses", ""), ("ness", ""),
        ("ies", "y"), ("ied", "y"),
        ("ingly", ""), ("edly", ""), ("ing", ""), ("ed", ""), ("ly", ""),
        ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x"),
    ];

    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        var stem = word;
        foreach (var (suffix, replacement) in Rules)
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= 3)
            {
                stem = string.Concat(stem.AsSpan(0, stem.Length - suffix.Length), replacement);
                break;
            }
        }

        if (stem.Length > 3 && stem[^1] == 's' && stem[^2] is not ('s' or 'u' or 'i'))
        {
            stem = stem[..^1];
        }

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
}
