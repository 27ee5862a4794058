using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Scores the five dimensions of an answer from its measured features.</summary>
internal static class DimensionScorer
{
    /// <param name="f">The answer's features.</param>
    /// <param name="q">The question's context.</param>
    /// <param name="techStems">Stems of skills and tools.</param>
    /// <param name="delivery">How the answer was spoken; null for a typed answer, which is scored on its text alone.</param>
    public static DimensionScores Score(AnswerFeatures f, QuestionContext q, IReadOnlySet<string> techStems, SpeechDelivery? delivery = null)
    {
        var topicMatched = f.ContentStems.Count(q.TopicStems.Contains);
        var domainMatched = f.ContentStems.Count(s => q.DomainStems.Contains(s) || q.Domain.Weights.GetValueOrDefault(s) >= DepthTermWeight);
        var otherTech = f.ContentStems.Count(s => !q.DomainStems.Contains(s) && !q.Domain.Weights.ContainsKey(s) && techStems.Contains(s));
        var covered = q.Rubric.Where(p => p.IsCoveredBy(f)).ToList();
        var missed = q.Rubric.Where(p => !covered.Contains(p)).ToList();
        var mass = q.Domain.Mass(f.ContentStems);
        var coverage = 1 - Math.Exp(-mass / DomainSaturation);
        var topicShare = q.Domain.TopicShare(f.ContentStems);
        return new DimensionScores(
            Relevance(q, topicShare, coverage, covered.Count),
            Structure(f, q, delivery),
            Specificity(f),
            Depth(f, domainMatched, otherTech),
            Communication(f, q, delivery),
            topicMatched,
            domainMatched,
            f.ContentStems.Count(s => q.TopicStems.Contains(s) || q.DomainStems.Contains(s)),
            q.Rubric.Count(p => p.IsCoveredByWords(f.ContentStems)),
            covered,
            missed)
        {
            DomainCoverage = coverage, TopicShare = topicShare,
        };
    }

    /// <summary>Domain weight at which coverage reaches 63%: about three telling words of the subject used well.</summary>
    public const double DomainSaturation = 9;

    /// <summary>A domain word at least this heavy counts towards depth like a tag or rubric word.</summary>
    private const double DepthTermWeight = 1.5;

    /// <summary>Graded, without cliffs: repeating the question's own words and speaking its domain's vocabulary both
    /// count, either can carry the answer (a paraphrase uses the domain's words, not the question's), and where a
    /// rubric exists its coverage weighs in.</summary>
    private static double Relevance(QuestionContext q, double topicShare, double domainCoverage, int covered)
    {
        var topic = Math.Min(1, topicShare / 0.5);
        var words = 1 - ((1 - (0.6 * topic)) * (1 - domainCoverage));
        if (q.Rubric.Count == 0)
        {
            return 10 * words;
        }

        var rubric = covered / (double)q.Rubric.Count;
        return 10 * ((0.35 * rubric) + (0.65 * words));
    }

    private static double Structure(AnswerFeatures f, QuestionContext q, SpeechDelivery? delivery)
    {
        var sentences = f.Sentences.Count;
        double score;
        if (q.IsLogistics)
        {
            // A direct statement is the right shape; a reason or a condition makes it complete.
            score = 6 + Math.Min(2, sentences - 1) + (Math.Min(2, f.Reasoning) * 0.8) + (f.Signposts > 0 ? 0.5 : 0);
        }
        else if (q.IsBehavioral)
        {
            var parts = (f.HasSituation ? 1 : 0) + (f.HasTask ? 1 : 0) + (f.OwnActions > 0 ? 1 : 0) + (f.HasResult ? 1 : 0);
            score = (parts * 2) + (sentences >= 4 ? 1.5 : sentences >= 2 ? 0.75 : 0) + (f.Reflection > 0 ? 0.5 : 0);
        }
        else
        {
            score = Math.Min(4, sentences) + (Math.Min(3, f.Signposts) * 1.2) + (Math.Min(2, f.Reasoning) * 0.8) + (f.Examples > 0 ? 1 : 0);
        }

        // One long unbroken block is hard to follow however complete it is; a transcript without punctuation has no
        // sentences to count, which says nothing about the speaker.
        if (sentences <= 1 && f.WordCount > 80 && !Unpunctuated(f, delivery))
        {
            score -= 2;
        }

        return Math.Clamp(score, 0, 10);
    }

    private static double Specificity(AnswerFeatures f)
    {
        var score = (Math.Min(4, f.Numbers) * 1.5) + Math.Min(4, f.NamedThings) + (Math.Min(3, f.Outcomes) * 0.8)
            + Math.Min(2, f.Examples) - (Math.Min(3, f.Hedges) * 0.7);
        return Math.Clamp(score, 0, 10);
    }

    private static double Depth(AnswerFeatures f, int domainMatched, int otherTech)
    {
        // Terms of this question's domain count fully; skills from elsewhere in the bank only a little, so a
        // fluent answer about another subject does not look deep.
        var score = (Math.Min(6, domainMatched) * 0.9) + (Math.Min(3, otherTech) * 0.3) + (Math.Min(3, f.Reasoning) * 1.2)
            + (Math.Min(2, f.Reflection) * 0.8) + (f.WordCount >= 60 ? 1 : 0);
        return Math.Clamp(score, 0, 10);
    }

    /// <summary>A spoken answer whose transcript has no sentence punctuation (recognisers such as pocketsphinx give none).</summary>
    public static bool Unpunctuated(AnswerFeatures f, SpeechDelivery? delivery) =>
        delivery is not null && f.Text.AsSpan().IndexOfAny(".!?") < 0;

    /// <summary>Length, fillers, sentence length and function words for every answer; a spoken answer is judged on its
    /// delivery too (<see cref="DeliveryBands"/>): pace and pauses, and fillers per minute instead of per 100 words.</summary>
    private static double Communication(AnswerFeatures f, QuestionContext q, SpeechDelivery? delivery)
    {
        var wc = f.WordCount;
        double score = q.IsLogistics ? wc switch
        {
            0 => 0,
            < 5 => 3,
            < 8 => 7,
            <= 150 => 10,
            <= 300 => 8,
            _ => 5,
        } : wc switch
        {
            0 => 0,
            < 8 => 2,
            < 20 => 4,
            < 35 => 6.5,
            <= 350 => 10,
            <= 600 => 8,
            _ => 5,
        };
        if (delivery is null)
        {
            var fillersPer100 = f.FillerCount * 100.0 / Math.Max(1, wc);
            score -= Math.Min(5, Math.Max(0, fillersPer100 - 1) * 0.8);
        }
        else
        {
            score -= DeliveryBands.FillerPenalty(delivery) + DeliveryBands.PacePenalty(delivery) + DeliveryBands.PausePenalty(delivery);
        }

        if (!Unpunctuated(f, delivery))
        {
            score -= f.AverageSentenceWords > 60 ? 3 : f.AverageSentenceWords > 40 ? 2 : 0;
        }

        score -= f.FunctionRatio < 0.15 && wc >= 6 ? 3 : 0;
        return Math.Clamp(score, 0, 10);
    }
}
