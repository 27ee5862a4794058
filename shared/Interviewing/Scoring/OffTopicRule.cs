using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Decides the off-topic flag on evidence, not on a missing word: a real answer of some length that shares
/// (almost) nothing with the question's domain, or that is plainly about another subject of the bank.</summary>
/// <remarks>Low relevance alone is not evidence: a good answer in words the bank does not use would be punished twice.
/// The evidence is near-zero overlap with the question's expanded domain, or, for a technical question, low overlap
/// while the bank questions nearest the answer itself (the same search run on the answer's words) sit in other
/// subcategories and match it far better than any question of this domain does. Broad questions (behavioral,
/// screening, introduction) accept any account of working life with near-zero overlap unless that account is
/// clearly about another subject of the bank (a hiring story told for a conflict question).</remarks>
internal static class OffTopicRule
{
    /// <summary>Below this many words an answer is too short to judge; the too-short flag speaks for it.</summary>
    public const int SubstantialWords = 8;

    /// <summary>Domain coverage this low is "nothing in common" (no telling word of the subject, or one weak one).</summary>
    public const double NearZeroCoverage = 0.2;

    /// <summary>A technical answer nearer another subject than this question's is off-topic below this coverage.</summary>
    public const double LowCoverage = 0.4;

    /// <summary>How strongly the answer must match its own nearest bank question to count as "about" that subject.</summary>
    public const double ClearlyAboutScore = 1.0;

    /// <summary>...and by how much better than it matches any question of the question's own domain.</summary>
    public const double ClearlyAboutMargin = 2.5;

    /// <summary>Answer neighbours compared with the question's subcategories.</summary>
    private const int AnswerNeighbours = 3;

    /// <summary>The reason to show, or null when the answer is not off-topic.</summary>
    public static string? Reason(AnswerFeatures f, QuestionContext q, DimensionScores d, RelatedQuestions related)
    {
        if (f.WordCount < SubstantialWords || d.DomainCoverage >= LowCoverage || d.CoveredByWords > 0)
        {
            return null;
        }

        var nearZero = d.DomainCoverage < NearZeroCoverage && d.TopicShare < 0.2;
        if (!nearZero && !q.IsTechnical)
        {
            return null;
        }

        if (ElsewhereSubject(f, q, related) is { } elsewhere)
        {
            return $"The answer is about {elsewhere.Replace('-', ' ')} rather than the question that was asked.";
        }

        // A behavioral or screening question is broad: an account of working life is an attempt at it.
        var broad = !q.IsTechnical && f.WorkWords >= 2;
        return nearZero && !broad ? "The answer does not address the question that was asked." : null;
    }

    /// <summary>The subcategory the answer is clearly about, when its nearest bank questions all lie outside the
    /// question's domain and match it far better than the domain's own questions do; null otherwise.</summary>
    private static string? ElsewhereSubject(AnswerFeatures f, QuestionContext q, RelatedQuestions related)
    {
        if (q.Domain.Subcategories.Count == 0)
        {
            return null;
        }

        var near = related.Nearest(f.ContentStems, AnswerNeighbours);
        if (near.Count == 0 || near[0].Score < ClearlyAboutScore
            || near.Any(h => q.Domain.Subcategories.Contains(h.Question.Subcategory) || q.Domain.QuestionIds.Contains(h.Question.Id)))
        {
            return null;
        }

        var inDomain = q.Domain.QuestionIds.Select(id => related.Score(f.ContentStems, id)).DefaultIfEmpty(0).Max();
        return near[0].Score >= ClearlyAboutMargin * inDomain ? near[0].Question.Subcategory : null;
    }
}
