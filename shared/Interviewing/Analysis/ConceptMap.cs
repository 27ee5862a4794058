namespace MockInterview.Interviewing.Analysis;

/// <summary>Hand-written synonyms and instances (concepts.txt): answers and questions are compared by concept, so
/// "db" meets "database", "sped up" meets "faster" and "Kafka" touches a question about queues.</summary>
/// <remarks>Synonyms are replaced by their concept on both sides; an instance adds its concept next to itself.
/// Phrases (up to four words) are matched on word stems before single words.</remarks>
internal sealed class ConceptMap
{
    private const string ResourceName = "MockInterview.Interviewing.Analysis.concepts.txt";
    private const int MaxPhraseWords = 4;

    private static readonly Lazy<ConceptMap> LazyEmbedded = new(LoadEmbedded);

    private readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Stems, string Key)>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _implies = new(StringComparer.Ordinal);

    private ConceptMap()
    {
    }

    /// <summary>The map built from the embedded concepts.txt.</summary>
    public static ConceptMap Embedded => LazyEmbedded.Value;

    /// <summary>Number of words and phrases the map knows.</summary>
    public int Count => _words.Count + _phrases.Values.Sum(p => p.Count) + _implies.Count;

    /// <summary>Reads the concept lines; throws <see cref="FormatException"/> naming the line of a malformed entry
    /// or of a word given two meanings.</summary>
    public static ConceptMap Parse(IEnumerable<string> lines)
    {
        var map = new ConceptMap();
        var parsed = lines
            .Select((text, index) => (Text: text.Trim(), Number: index + 1))
            .Where(l => l.Text.Length > 0 && !l.Text.StartsWith('#'))
            .Select(l => Split(l.Text, l.Number))
            .ToList();

        // Synonyms first, so that an instance line can name a word that a synonym line has already mapped.
        foreach (var line in parsed.Where(l => l.IsSynonym))
        {
            var key = string.Join(' ', line.Name);
            map.AddSynonym(line.Name, key, line.Number);
            foreach (var entry in line.Entries)
            {
                map.AddSynonym(entry, key, line.Number);
            }
        }

        foreach (var line in parsed.Where(l => !l.IsSynonym))
        {
            var concept = map.KeyOf(line.Name);
            foreach (var entry in line.Entries)
            {
                var key = map.KeyOf(entry);
                if (entry.Length > 1 && !map.HasPhrase(entry))
                {
                    map.AddPhrase(entry, key);
                }

                if (key != concept)
                {
                    map.Implied(key).Add(concept);
                }
            }
        }

        return map;
    }

    /// <summary>The concept a single word stem stands for (itself when the map does not know it).</summary>
    public string Canonical(string stem) => _words.GetValueOrDefault(stem, stem);

    /// <summary>Adds the topic-carrying concepts of <paramref name="tokens"/> to <paramref name="into"/>: phrases first,
    /// then single words that are not noise, each with the concepts it is an instance of.</summary>
    public void AddContentStems(IReadOnlyList<WordToken> tokens, HashSet<string> into)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (MatchPhrase(tokens, i) is { } phrase)
            {
                Add(phrase.Key, into);
                i += phrase.Length;
                continue;
            }

            var token = tokens[i++];
            if (!Stopwords.IsNoise(token.Lower, token.Stem))
            {
                Add(Canonical(token.Stem), into);
            }
        }
    }

    private void Add(string key, HashSet<string> into)
    {
        into.Add(key);
        if (_implies.TryGetValue(key, out var implied))
        {
            into.UnionWith(implied);
        }
    }

    private (string Key, int Length)? MatchPhrase(IReadOnlyList<WordToken> tokens, int start)
    {
        if (!_phrases.TryGetValue(tokens[start].Stem, out var candidates))
        {
            return null;
        }

        foreach (var (stems, key) in candidates)
        {
            if (start + stems.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var j = 1; j < stems.Length && matches; j++)
            {
                matches = tokens[start + j].Stem == stems[j];
            }

            if (matches)
            {
                return (key, stems.Length);
            }
        }

        return null;
    }

    private void AddSynonym(string[] stems, string key, int line)
    {
        if (stems.Length == 1)
        {
            if (_words.TryGetValue(stems[0], out var existing) && existing != key)
            {
                throw new FormatException($"concepts.txt line {line}: \"{stems[0]}\" already means \"{existing}\".");
            }

            _words[stems[0]] = key;
            return;
        }

        if (!HasPhrase(stems))
        {
            AddPhrase(stems, key);
        }
    }

    private string KeyOf(string[] stems) =>
        stems.Length == 1 ? Canonical(stems[0]) : FindPhrase(stems) ?? string.Join(' ', stems);

    private bool HasPhrase(string[] stems) => FindPhrase(stems) is not null;

    private string? FindPhrase(string[] stems) =>
        _phrases.TryGetValue(stems[0], out var list) ? list.FirstOrDefault(p => p.Stems.SequenceEqual(stems)).Key : null;

    private void AddPhrase(string[] stems, string key)
    {
        if (!_phrases.TryGetValue(stems[0], out var list))
        {
            _phrases[stems[0]] = list = [];
        }

        list.Add((stems, key));
        list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
    }

    private List<string> Implied(string key)
    {
        if (!_implies.TryGetValue(key, out var list))
        {
            _implies[key] = list = [];
        }

        return list;
    }

    private static (bool IsSynonym, string[] Name, string[][] Entries, int Number) Split(string text, int number)
    {
        var at = text.IndexOfAny(['=', '<']);
        if (at <= 0)
        {
            throw new FormatException($"concepts.txt line {number}: expected \"name = synonyms\" or \"name < instances\".");
        }

        var name = StemsOf(text[..at], number);
        var entries = text[(at + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => StemsOf(e, number))
            .ToArray();
        if (entries.Length == 0)
        {
            throw new FormatException($"concepts.txt line {number}: no entries after the name.");
        }

        return (text[at] == '=', name, entries, number);
    }

    private static string[] StemsOf(string phrase, int number)
    {
        var stems = TextTokens.Tokenize(phrase).Select(t => t.Stem).ToArray();
        return stems.Length is >= 1 and <= MaxPhraseWords
            ? stems
            : throw new FormatException($"concepts.txt line {number}: \"{phrase.Trim()}\" must have 1 to {MaxPhraseWords} words.");
    }

    private static ConceptMap LoadEmbedded()
    {
        var assembly = typeof(ConceptMap).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded concepts.txt is missing from " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }
}
