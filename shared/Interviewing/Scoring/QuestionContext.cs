using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Scoring;

/// <summary>What an answer is compared against: the question's topic words, its rubric points and its domain terms.</summary>
internal sealed class QuestionContext
{
    private static readonly HashSet<string> LogisticsSubcategories = new(StringComparer.Ordinal) { "salary", "availability" };

    public required string Category { get; init; }
    public required IReadOnlySet<string> TopicStems { get; init; }
    public required IReadOnlyList<RubricPoint> Rubric { get; init; }
    public required IReadOnlySet<string> DomainStems { get; init; }

    /// <summary>The weighted vocabulary of the question's subject, expanded through the bank questions nearest it.</summary>
    public required QuestionDomain Domain { get; init; }

    /// <summary>The bank question behind the rubric, if any.</summary>
    public string? RubricQuestionId { get; init; }

    /// <summary>A practical question (start date, salary, location): one or two clear sentences answer it fully.</summary>
    public bool IsLogistics { get; init; }

    /// <summary>Fewer words than this cannot answer the question.</summary>
    public int MinimumWords => IsLogistics ? 5 : Category == QuestionCategories.Closing ? 6 : 12;

    public bool IsBehavioral => Category == QuestionCategories.Behavioral;
    public bool IsTechnical => Category == QuestionCategories.Technical;

    /// <param name="question">The question asked; for a follow-up, <paramref name="bankQuestion"/> is its parent.</param>
    /// <param name="bankQuestion">The bank entry behind it, when there is one (adds tags).</param>
    /// <param name="related">The bank's related-question index, to expand the question's vocabulary; without it the
    /// domain is the question's own words and rubric.</param>
    public static QuestionContext For(InterviewQuestion question, BankQuestion? bankQuestion, RelatedQuestions? related = null)
    {
        var topic = TextTokens.ContentStems(question.Text);
        var rubricTexts = question.RubricPoints.Count > 0 ? question.RubricPoints : bankQuestion?.Rubric ?? [];
        var domain = new HashSet<string>(StringComparer.Ordinal);
        if (bankQuestion is not null)
        {
            topic.UnionWith(TextTokens.ContentStems(bankQuestion.Text));
            foreach (var tag in bankQuestion.Tags)
            {
                var stems = TextTokens.ContentStems(tag);
                topic.UnionWith(stems);
                domain.UnionWith(stems);
            }
        }

        var rubric = rubricTexts.Select(RubricPoint.Parse).ToList();
        foreach (var point in rubric)
        {
            domain.UnionWith(point.Stems);
        }

        var category = bankQuestion?.Category ?? QuestionWording.Resolve(question.Category, question.Text);
        var rubricStems = rubric.SelectMany(p => p.Stems).ToHashSet(StringComparer.Ordinal);
        var expanded = related is null ? QuestionDomain.Plain(topic, domain) : QuestionDomain.Expand(related, topic, rubricStems, bankQuestion, category);
        var logistics = category == QuestionCategories.Screening
            && (bankQuestion is null ? QuestionWording.IsLogistics(question.Text) : LogisticsSubcategories.Contains(bankQuestion.Subcategory));
        return new QuestionContext
        {
            Category = category, TopicStems = topic, Rubric = rubric, DomainStems = domain, RubricQuestionId = bankQuestion?.Id, IsLogistics = logistics,
            Domain = expanded,
        };
    }
}
