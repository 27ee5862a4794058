namespace MockInterview.Resumes.Jobs;

/// <summary>Recurring content words of a job description that are not skills (domain terms like "payments", "latency").</summary>
internal static class JobKeywords
{
    /// <summary>Most keywords returned.</summary>
    public const int Max = 12;

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "after", "again", "against", "also", "among", "and", "another", "any", "apply", "are",
        "around", "based", "be", "been", "being", "best", "better", "between", "both", "bring", "build", "building", "but",
        "can", "candidate", "candidates", "closely", "come", "company", "could", "daily", "degree", "deliver", "each",
        "either", "ensure", "environment", "equivalent", "every", "excellent", "experience", "experienced", "field",
        "from", "future", "good", "great", "have", "help", "high", "highly", "ideal", "including", "into", "join", "just",
        "knowledge", "least", "like", "looking", "make", "more", "most", "must", "need", "new", "other", "our", "over",
        "own", "part", "people", "plus", "preferred", "proven", "related", "required", "requirements", "responsible",
        "role", "should", "skills", "some", "strong", "such", "team", "teams", "than", "that", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "understanding", "using", "very", "want", "well", "were",
        "what", "when", "where", "which", "while", "will", "with", "within", "without", "work", "working", "would",
        "years", "year", "your", "you", "able", "ability", "across", "etc", "who", "why", "how", "all", "day", "days",
        "time", "world", "one", "two", "three", "five", "way", "ways", "we're", "you'll", "you're", "it's", "let", "get",
        "make", "take", "use", "used", "help", "helps", "hands", "plus", "nice", "have", "bonus", "ideally", "familiarity",
        "familiar", "comfortable", "solid", "deep", "proficiency", "proficient", "expertise", "minimum", "least",
        "engineer", "engineers", "developer", "developers", "senior", "junior", "lead", "level", "hiring", "join",
    };

    public static List<string> Find(IEnumerable<string> lines, IReadOnlySet<string> skillWords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var raw in line.Split([' ', ',', '.', ';', ':', '(', ')', '/', '"', '!', '?', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Trim('-', '\'', '’', '*', '•').ToLowerInvariant();
                if (word.Length >= 4 && word.All(c => char.IsLetter(c) || c == '-') && !Stopwords.Contains(word) && !skillWords.Contains(word))
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        return counts
            .Where(c => c.Value >= 2)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Max)
            .Select(c => c.Key)
            .ToList();
    }
}
