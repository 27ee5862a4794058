namespace MockInterview.Interviewing.Bank;

/// <summary>Finds the bank question a hand-typed question asks, conservatively: a wrong rubric would judge an answer
/// against the wrong points, so an unclear match is no match.</summary>
internal sealed class QuestionMatcher
{
    /// <summary>Share of content words the typed question and the bank question must have in common (Dice).</summary>
    public const double MinOverlap = 0.5;

    /// <summary>The best hit must outscore the second by this factor (bm25), or it is a coin toss between two.</summary>
    public const double MinMargin = 1.2;

    /// <summary>Content words the two questions must share at least (fewer when the bank question has fewer).</summary>
    public const int MinCommonTerms = 3;

    /// <summary>The search uses at most this many of the typed question's words, the rarest.</summary>
    public const int SearchTermLimit = 6;

    private readonly QuestionIndex _index;
    private readonly Dictionary<string, HashSet<string>> _textTerms;
    private readonly Dictionary<string, BankQuestion> _byTerms;

    public QuestionMatcher(QuestionIndex index, IReadOnlyList<BankQuestion> questions)
    {
        _index = index;
        _textTerms = questions.ToDictionary(q => q.Id, q => SearchTerms.Of(q.Text).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _byTerms = new Dictionary<string, BankQuestion>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            _byTerms.TryAdd(Key(SearchTerms.Of(q.Text)), q);
        }
    }

    public BankQuestion? BestMatch(string questionText, string? category)
    {
        var terms = SearchTerms.Of(questionText);
        if (terms.Count == 0)
        {
            return null;
        }

        var known = category is not null && QuestionCategories.All.Contains(category, StringComparer.Ordinal) ? category : null;

        // The same words (case, punctuation and function words aside) are the same question.
        if (_byTerms.TryGetValue(Key(terms), out var exact) && (known is null || exact.Category == known))
        {
            return exact;
        }

        // The rarest words find the candidates (a paraphrase keeps most of them); common ones would only add rows to
        // rank, which is what a query costs. The overlap check below still uses every word.
        var rarest = terms.Distinct(StringComparer.Ordinal)
            .OrderBy(_index.Statistics.DocumentFrequency).ThenBy(t => t, StringComparer.Ordinal)
            .Take(SearchTermLimit).ToList();
        var hits = _index.Search(rarest, new QuestionSearch(null, Category: known, Limit: 2));
        if (hits.Count == 0)
        {
            return null;
        }

        var best = hits[0];
        if (hits.Count > 1 && best.Score < hits[1].Score * MinMargin)
        {
            return null;
        }

        var typed = terms.ToHashSet(StringComparer.Ordinal);
        var bank = _textTerms[best.Question.Id];
        var common = typed.Count(bank.Contains);
        var overlap = 2.0 * common / (typed.Count + bank.Count);
        return common >= Math.Min(MinCommonTerms, bank.Count) && overlap >= MinOverlap ? best.Question : null;
    }

    private static string Key(IEnumerable<string> terms) => string.Join(' ', terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
