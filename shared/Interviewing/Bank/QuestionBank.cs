using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Bank;

/// <summary>The validated questions, loaded once per process, with lookups the planner and scorer need.</summary>
internal sealed class QuestionBank
{
    private readonly Dictionary<string, BankQuestion> _byId;
    private readonly Lazy<QuestionIndex> _index;
    private readonly Lazy<RelatedQuestions> _related;

    public QuestionBank(IReadOnlyList<BankQuestion> questions)
    {
        Questions = questions;
        _byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        Vocabulary = questions
            .SelectMany(q => q.Tags.Append(q.Text).Concat(q.Rubric).Concat(q.FollowUps))
            .SelectMany(TextTokens.Stems)
            .ToHashSet(StringComparer.Ordinal);
        TagStems = questions
            .SelectMany(q => q.Tags)
            .SelectMany(TextTokens.ContentStems)
            .ToHashSet(StringComparer.Ordinal);
        _index = new Lazy<QuestionIndex>(() => new QuestionIndex(questions), LazyThreadSafetyMode.ExecutionAndPublication);
        _related = new Lazy<RelatedQuestions>(() => new RelatedQuestions(questions), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>All questions, in file order.</summary>
    public IReadOnlyList<BankQuestion> Questions { get; }

    /// <summary>Every word stem used anywhere in the bank: words a real answer is likely to contain.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>Stems of all tags: the skills and tools the bank knows about.</summary>
    public IReadOnlySet<string> TagStems { get; }

    /// <summary>Full-text search over these questions, built on first use (once per bank, so once per process for
    /// the embedded one).</summary>
    public QuestionIndex Index => _index.Value;

    /// <summary>The questions nearest a set of words, for the scorer's sense of a question's domain; built on first use.</summary>
    public RelatedQuestions Related => _related.Value;

    public BankQuestion? Find(string id) => _byId.GetValueOrDefault(id);
}
