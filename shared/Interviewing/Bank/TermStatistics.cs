namespace MockInterview.Interviewing.Bank;

/// <summary>The <see cref="SearchTerms"/> of every question and how often each is used: what tells a skill ("kafka",
/// on ten questions, mostly as a tag) from prose ("improve", "team").</summary>
internal sealed class TermStatistics
{
    private static readonly HashSet<string> NoTerms = [];

    private readonly Dictionary<string, HashSet<string>> _terms;
    private readonly Dictionary<string, HashSet<string>> _topicTerms;
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly Dictionary<string, int> _tagFrequency;
    private readonly HashSet<string> _singleWordTags;
    private readonly List<string[]> _multiWordTags;

    public TermStatistics(IReadOnlyList<BankQuestion> questions)
    {
        _topicTerms = questions.ToDictionary(
            q => q.Id, q => SearchTerms.Of(q.Text).Concat(q.Tags.SelectMany(SearchTerms.Of)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _terms = questions.ToDictionary(
            q => q.Id, q => _topicTerms[q.Id].Concat(q.Rubric.SelectMany(SearchTerms.Of)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _documentFrequency = Count(_terms.Values);
        _tagFrequency = Count(questions.Select(q => q.Tags.SelectMany(SearchTerms.Of).ToHashSet(StringComparer.Ordinal)));
        var tags = questions.SelectMany(q => q.Tags).Distinct(StringComparer.Ordinal).Select(SearchTerms.Of).Where(t => t.Count > 0).ToList();
        _singleWordTags = tags.Where(t => t.Count == 1).Select(t => t[0]).ToHashSet(StringComparer.Ordinal);
        _multiWordTags = tags.Where(t => t.Count > 1).Select(t => t.Distinct(StringComparer.Ordinal).ToArray()).ToList();
    }

    /// <summary>The terms of a question's text, tags and rubric.</summary>
    public IReadOnlySet<string> Terms(BankQuestion question) => _terms.GetValueOrDefault(question.Id) ?? NoTerms;

    /// <summary>The terms of a question's text and tags: what it is about (the rubric also names what it is not).</summary>
    public IReadOnlySet<string> TopicTerms(BankQuestion question) => _topicTerms.GetValueOrDefault(question.Id) ?? NoTerms;

    /// <summary>Questions whose text, tags or rubric use <paramref name="term"/>: how common, so how little telling, it is.</summary>
    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>Questions whose tags use <paramref name="term"/>: a word the bank mostly uses as a tag names a skill.</summary>
    public int TagFrequency(string term) => _tagFrequency.GetValueOrDefault(term);

    /// <summary>The terms of a text that name a tag of the bank: a one-word tag ("kafka"), or every word of a longer
    /// tag the text names whole ("great expectations", not just "great").</summary>
    public IEnumerable<string> TagTerms(IReadOnlyList<string> terms)
    {
        var present = terms.ToHashSet(StringComparer.Ordinal);
        var whole = _multiWordTags.Where(tag => tag.All(present.Contains)).SelectMany(tag => tag).ToHashSet(StringComparer.Ordinal);
        return terms.Where(t => _singleWordTags.Contains(t) || whole.Contains(t)).Distinct(StringComparer.Ordinal);
    }

    private static Dictionary<string, int> Count(IEnumerable<HashSet<string>> termSets) =>
        termSets.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
