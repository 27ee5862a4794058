using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Finds the problems that make an answer unusable or suspicious, independent of its topic.</summary>
internal static class FlagDetector
{
    public static bool IsGibberish(AnswerFeatures f) =>
        !f.IsEmpty
        && ((f.KnownRatio < 0.5 && f.FunctionRatio < 0.15)
            || f.BadShapeRatio >= 0.35
            || (f.WordCount >= 6 && f.DistinctRatio < 0.3));

    /// <summary>Buzzword lists: many skill words, hardly any sentence glue (articles, pronouns, verbs' helpers).</summary>
    public static bool IsKeywordStuffed(AnswerFeatures f)
    {
        if (f.WordCount < 6)
        {
            return false;
        }

        var bareList = f.ListPieces >= 5 && f.ShortPieceShare >= 0.7 && f.FunctionRatio < 0.2;
        var termSoup = f.FunctionRatio < 0.12 && f.TechRatio + f.BuzzwordRatio >= 0.35;
        var buzzSoup = f.BuzzwordRatio >= 0.3 && f.FunctionRatio < 0.25;
        return bareList || termSoup || buzzSoup;
    }

    /// <summary>The earlier answer this one repeats, if any.</summary>
    public static bool IsRepeat(AnswerFeatures f, IReadOnlyList<string> earlierAnswers)
    {
        if (f.ContentStems.Count < 4)
        {
            return false;
        }

        foreach (var earlier in earlierAnswers)
        {
            if (string.IsNullOrWhiteSpace(earlier))
            {
                continue;
            }

            var other = TextTokens.ContentStems(earlier);
            if (other.Count < 4)
            {
                continue;
            }

            var common = f.ContentStems.Count(other.Contains);
            var containment = common / (double)Math.Min(f.ContentStems.Count, other.Count);
            if (TextTokens.Jaccard(f.ContentStems, other) >= 0.6 || (containment >= 0.85 && common >= 8))
            {
                return true;
            }
        }

        return false;
    }
}
