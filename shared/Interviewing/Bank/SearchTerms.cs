using System.Text;
using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Bank;

/// <summary>Turns free text into the normalised words the question index stores and searches: content-word stems of
/// <see cref="TextTokens"/>, so that the index, the planner and the scorer agree on what a word is.</summary>
/// <remarks>Search text is hostile input (a job description, a question typed by a candidate). It never reaches FTS5
/// syntax as written: it is tokenised here and every term is quoted, so operators (OR, NEAR, *, ^, column filters,
/// parentheses) are plain words.</remarks>
internal static class SearchTerms
{
    /// <summary>At most this many distinct terms go into one query; the rest of a 10,000-character text adds little.</summary>
    public const int MaxQueryTerms = 64;

    /// <summary>The stems of the words that carry the topic, in text order (repeats kept, for term frequency).</summary>
    public static List<string> Of(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }

        foreach (var token in TextTokens.Tokenize(text))
        {
            if (Stopwords.IsNoise(token.Lower, token.Stem))
            {
                continue;
            }

            var term = Clean(token.Stem);
            if (term.Length > 0)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    /// <summary>The document form of a text: its terms joined by spaces.</summary>
    public static string Document(IEnumerable<string> texts) => string.Join(' ', texts.SelectMany(Of));

    /// <summary>An FTS5 MATCH expression that ORs the distinct terms, each as a quoted string; null when there is
    /// nothing to search for.</summary>
    public static string? MatchExpression(IEnumerable<string> terms)
    {
        var builder = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (seen.Count == MaxQueryTerms)
            {
                break;
            }

            if (term.Length == 0 || !seen.Add(term))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(" OR ");
            }

            builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    // The index tokeniser keeps letters, digits and '#', '+', '.' together ("c#", "c++", "node.js"); apostrophes
    // ("don't") would split a term, so they are dropped on both sides.
    private static string Clean(string stem) =>
        stem.Contains('\'', StringComparison.Ordinal) ? stem.Replace("'", string.Empty, StringComparison.Ordinal) : stem;
}
