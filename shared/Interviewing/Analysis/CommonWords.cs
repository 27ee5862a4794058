namespace MockInterview.Interviewing.Analysis;

/// <summary>Stems of everyday English words, read once from the embedded word list.</summary>
internal static class CommonWords
{
    private static readonly Lazy<HashSet<string>> Stems = new(Load);

    public static bool Contains(string stem) => Stems.Value.Contains(stem);

    private static HashSet<string> Load()
    {
        var assembly = typeof(CommonWords).Assembly;
        using var stream = assembly.GetManifestResourceStream("MockInterview.Interviewing.Analysis.common-words.txt")
            ?? throw new InvalidOperationException("The embedded common-words.txt is missing from " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                stems.Add(WordStemmer.Stem(word));
            }
        }

        return stems;
    }
}
