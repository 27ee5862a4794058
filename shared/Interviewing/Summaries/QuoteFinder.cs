using System.Text.RegularExpressions;
using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Summaries;

/// <summary>Picks a short verbatim quote from an answer as evidence: always a substring of what the candidate said.</summary>
internal static class QuoteFinder
{
    public const int MaxWords = 25;

    /// <summary>The sentence of <paramref name="answer"/> that best shows <paramref name="dimension"/>, cut to
    /// <see cref="MaxWords"/> words; null when there is nothing to quote.</summary>
    public static string? Quote(AnswerFeatures answer, string dimension, bool forStrength)
    {
        if (answer.IsEmpty || answer.Sentences.Count == 0)
        {
            return null;
        }

        var best = answer.Sentences
            .Select((range, index) => (range, index, score: SentenceScore(answer.Text[range], dimension, forStrength)))
            .OrderByDescending(s => s.score)
            .ThenBy(s => s.index)
            .First();
        return Cut(answer, best.range);
    }

    private static double SentenceScore(string sentence, string dimension, bool forStrength)
    {
        var words = Math.Max(1, TextTokens.Tokenize(sentence).Count);
        var fillers = AnswerPatterns.Filler().Count(sentence);
        return dimension switch
        {
            ScoreDimensions.Specificity => Count(AnswerPatterns.Number(), sentence) + Count(AnswerPatterns.Outcome(), sentence) + Count(AnswerPatterns.Example(), sentence)
                + (forStrength ? 0 : Count(AnswerPatterns.Hedge(), sentence)),
            ScoreDimensions.Depth => Count(AnswerPatterns.Reasoning(), sentence) + Count(AnswerPatterns.Reflection(), sentence),
            ScoreDimensions.Structure => Count(AnswerPatterns.Result(), sentence) + Count(AnswerPatterns.Signpost(), sentence) + Count(AnswerPatterns.OwnAction(), sentence),
            ScoreDimensions.Communication => forStrength ? -Math.Abs(words - 18) - (5 * fillers) : fillers + (words > 40 ? 2 : 0),
            _ => forStrength ? Math.Min(words, 25) / 25.0 : -words,
        };
    }

    private static int Count(Regex pattern, string text) => pattern.Count(text);

    /// <summary>The last sentence of an answer, cut like any quote: where a story stops (for "you never said how it ended").</summary>
    public static string? LastSentence(AnswerFeatures answer) =>
        answer.IsEmpty || answer.Sentences.Count == 0 ? null : Cut(answer, answer.Sentences[^1]);

    /// <summary>The sentence with the most filler words, for "heavy filler use"; null when no sentence has one.</summary>
    public static string? FillerSentence(AnswerFeatures answer)
    {
        if (answer.IsEmpty || answer.Sentences.Count == 0)
        {
            return null;
        }

        var best = answer.Sentences.Select((range, index) => (range, index, fillers: AnswerPatterns.Filler().Count(answer.Text[range])))
            .OrderByDescending(s => s.fillers).ThenBy(s => s.index).First();
        return best.fillers == 0 ? null : Cut(answer, best.range);
    }

    private static string Cut(AnswerFeatures answer, Range sentence)
    {
        var (start, length) = sentence.GetOffsetAndLength(answer.Text.Length);
        var end = start + length;
        var wordsInside = answer.Words.Where(w => w.Start >= start && w.Start < end).ToList();
        if (wordsInside.Count > MaxWords)
        {
            var last = wordsInside[MaxWords - 1];
            end = last.Start + last.Length;
        }

        var quote = answer.Text[start..end];

        // Symbols such as "-" or "&" are words to a reader but not to the tokenizer.
        var words = 0;
        for (var i = 0; i < quote.Length; i++)
        {
            if (!char.IsWhiteSpace(quote[i]) && (i == 0 || char.IsWhiteSpace(quote[i - 1])) && ++words > MaxWords)
            {
                quote = quote[..i];
                break;
            }
        }

        return Tidy(quote);
    }

    /// <summary>Trims a quote to whole words: no surrounding white space, no dangling comma or dash, no control characters at
    /// either end. Only ever removes characters from the ends, so the quote stays an exact substring of the answer.</summary>
    internal static string Tidy(string quote)
    {
        var start = 0;
        var end = quote.Length;
        while (start < end && (char.IsWhiteSpace(quote[start]) || char.IsControl(quote[start]) || quote[start] is ',' or ';' or ':' or '-' or '–' or '—'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(quote[end - 1]) || char.IsControl(quote[end - 1]) || quote[end - 1] is ',' or ';' or ':' or '-' or '–' or '—' or '(' or '"' or '“'))
        {
            end--;
        }

        return quote[start..end];
    }
}
