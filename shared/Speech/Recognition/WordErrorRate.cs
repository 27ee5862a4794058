namespace MockInterview.Speech.Recognition;

/// <summary>Word error rate: the word-level edit distance (substitutions, insertions, deletions) from a reference
/// to a hypothesis, divided by the reference's word count. Words are compared lower-case without punctuation.</summary>
internal static class WordErrorRate
{
    public static double Compute(string reference, string hypothesis)
    {
        var expected = Words(reference);
        var actual = Words(hypothesis);
        if (expected.Length == 0)
        {
            return actual.Length == 0 ? 0 : 1;
        }

        return (double)EditDistance(expected, actual) / expected.Length;
    }

    /// <summary>The edit distance between the word sequences.</summary>
    public static int EditDistance(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var previous = new int[actual.Count + 1];
        var current = new int[actual.Count + 1];
        for (var j = 0; j <= actual.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= expected.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= actual.Count; j++)
            {
                var substitution = previous[j - 1] + (string.Equals(expected[i - 1], actual[j - 1], StringComparison.Ordinal) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[actual.Count];
    }

    public static string[] Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || c == '\'')]))
            .Where(w => w.Length > 0)
            .ToArray();
}
