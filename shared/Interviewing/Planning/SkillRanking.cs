using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Planning;

/// <summary>How well each bank question fits the skills named in a job description and resume: bm25 relevance from the
/// question index, scaled to 0–1 within each category (1 = the best-fitting question of its category).</summary>
internal sealed class SkillRanking
{
    private readonly Dictionary<string, double> _relevance;
    private readonly Dictionary<string, HashSet<string>> _matched;

    private SkillRanking(Dictionary<string, double> relevance, Dictionary<string, HashSet<string>> matched) =>
        (_relevance, _matched) = (relevance, matched);

    public static SkillRanking None { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));

    /// <param name="bank">The question bank.</param>
    /// <param name="skillTerms">The terms of the parsed skills, most important first.</param>
    /// <param name="keywords">The texts' other words that the bank uses as tags.</param>
    public static SkillRanking For(QuestionBank bank, IEnumerable<string> skillTerms, KeywordProfile keywords)
    {
        var terms = skillTerms.Concat(keywords.SkillTerms(bank)).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return None;
        }

        var hits = bank.Index.Search(terms, new QuestionSearch(null, Limit: bank.Questions.Count));
        var best = hits.GroupBy(h => h.Question.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(h => h.Score), StringComparer.Ordinal);
        return new SkillRanking(
            hits.ToDictionary(h => h.Question.Id, h => best[h.Question.Category] > 0 ? h.Score / best[h.Question.Category] : 0, StringComparer.Ordinal),
            hits.ToDictionary(h => h.Question.Id, h => terms.Where(bank.Index.Statistics.TopicTerms(h.Question).Contains).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    /// <summary>Like <see cref="Of(BankQuestion)"/>, but a question whose skills earlier picks already cover counts a
    /// quarter: a plan for "Kafka and Spark" should ask about both, not twice about the more common one.</summary>
    public double Of(BankQuestion question, IReadOnlySet<string> covered)
    {
        if (!_matched.TryGetValue(question.Id, out var matched) || matched.Count == 0)
        {
            return 0;
        }

        var fresh = matched.Count(t => !covered.Contains(t)) / (double)matched.Count;
        return _relevance[question.Id] * (0.25 + (0.75 * fresh));
    }

    /// <summary>The searched skills a question is about (its text or tags name them).</summary>
    public IReadOnlySet<string> Matched(BankQuestion question) => _matched.TryGetValue(question.Id, out var m) ? m : new HashSet<string>();

    /// <summary>0 (no skill of the texts) to 1 (the best fit in its category).</summary>
    public double Of(BankQuestion question) => _relevance.GetValueOrDefault(question.Id);
}
