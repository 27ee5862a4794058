using MockInterview.Interviewing.Analysis;

namespace MockInterview.Interviewing.Bank;

/// <summary>Which bank questions a set of words is about: every question's concept stems (text, tags, rubric and
/// subcategory, through <see cref="ConceptMap"/>) in an inverted index weighted by idf. Built once per bank; a search
/// is dictionary lookups and one pass over the postings, no SQL, so it can run on every answer.</summary>
/// <remarks>The scorer uses it twice: the questions nearest a question lend it their vocabulary (a typed-in question
/// has only its own few words), and the questions nearest an answer tell what the answer is about.</remarks>
internal sealed class RelatedQuestions
{
    /// <summary>A stem used by more than this share of the questions ("team", "data") tells nothing about a topic.</summary>
    public const double CommonShare = 0.08;

    private readonly IReadOnlyList<BankQuestion> _questions;
    private readonly HashSet<string>[] _documents;
    private readonly double[] _norms;
    private readonly Dictionary<string, int[]> _postings;
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, int> _position;
    private readonly int _commonLimit;

    public RelatedQuestions(IReadOnlyList<BankQuestion> questions)
    {
        _questions = questions;
        _documents = questions.Select(DocumentStems).ToArray();
        _position = questions.Select((q, i) => (q.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _postings = _documents
            .SelectMany((stems, i) => stems.Select(s => (s, i)))
            .GroupBy(x => x.s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
        var n = Math.Max(1, questions.Count);
        _idf = _postings.ToDictionary(kv => kv.Key, kv => Math.Log((n + 1.0) / (kv.Value.Length + 0.5)), StringComparer.Ordinal);
        _commonLimit = Math.Max(3, (int)(CommonShare * n));

        // Long documents share more words with anything; dividing by the root of their weight keeps them from
        // winning every search.
        _norms = _documents.Select(d => Math.Sqrt(Math.Max(1, d.Where(IsTelling).Sum(Idf)))).ToArray();
    }

    public int Count => _questions.Count;

    /// <summary>How telling a stem is: ln(N / questions using it); 0 for a stem no question uses.</summary>
    public double Idf(string stem) => _idf.GetValueOrDefault(stem);

    /// <summary>True for stems the bank uses, but not on so many questions that they say nothing.</summary>
    public bool IsTelling(string stem) => _postings.TryGetValue(stem, out var p) && p.Length <= _commonLimit;

    /// <summary>The concept stems of a bank question (text, tags, rubric, subcategory).</summary>
    public IReadOnlySet<string> Document(BankQuestion question) =>
        _position.TryGetValue(question.Id, out var i) ? _documents[i] : DocumentStems(question);

    /// <summary>Up to <paramref name="limit"/> questions sharing the most telling words with <paramref name="stems"/>
    /// (sum of idf over shared stems, divided by the root of the question's own weight), best first; ties in bank
    /// order. Only questions scoring at least <paramref name="withinOfBest"/> of the best one are kept, and only of
    /// <paramref name="category"/> when one is given.</summary>
    public IReadOnlyList<SearchHit> Nearest(IEnumerable<string> stems, int limit, double withinOfBest = 0, string? category = null)
    {
        var scores = new double[_questions.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            if (!seen.Add(stem) || !_postings.TryGetValue(stem, out var postings) || postings.Length > _commonLimit)
            {
                continue;
            }

            var idf = _idf[stem];
            foreach (var i in postings)
            {
                scores[i] += idf;
            }
        }

        var top = new List<SearchHit>(limit + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0 || (category is not null && _questions[i].Category != category))
            {
                continue;
            }

            var score = scores[i] / _norms[i];
            if (top.Count == limit && score <= top[^1].Score)
            {
                continue;
            }

            var at = top.FindIndex(r => r.Score < score);
            top.Insert(at < 0 ? top.Count : at, new SearchHit(_questions[i], score));
            if (top.Count > limit)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        if (top.Count > 0 && withinOfBest > 0)
        {
            var floor = top[0].Score * withinOfBest;
            top.RemoveAll(r => r.Score < floor);
        }

        return top;
    }

    /// <summary>How near <paramref name="stems"/> are to one question, on the scale of <see cref="Nearest"/>.</summary>
    public double Score(IReadOnlySet<string> stems, string questionId)
    {
        if (!_position.TryGetValue(questionId, out var i))
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var stem in _documents[i])
        {
            sum += stems.Contains(stem) && IsTelling(stem) ? _idf[stem] : 0;
        }

        return sum / _norms[i];
    }

    private static HashSet<string> DocumentStems(BankQuestion q)
    {
        var stems = TextTokens.ContentStems(q.Text);
        foreach (var text in q.Tags.Concat(q.Rubric).Append(q.Subcategory.Replace('-', ' ')))
        {
            stems.UnionWith(TextTokens.ContentStems(text));
        }

        return stems;
    }
}
