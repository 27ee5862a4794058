using Microsoft.Data.Sqlite;

namespace MockInterview.Interviewing.Bank;

/// <summary>Full-text search over the bank: an in-memory SQLite FTS5 table built once, ranked with bm25.</summary>
/// <remarks>Thread-safe: one connection, one prepared statement, used under a lock (a query takes microseconds).
/// Search text is tokenised by <see cref="SearchTerms"/> and every term quoted, so no input can inject FTS syntax.</remarks>
internal sealed class QuestionIndex
{
    // bm25 weights in column order: text, tags, rubric, subcategory, category, tracks, level. A skill named in the
    // tags or the question itself says most; the rubric's wording is broader.
    private const string Rank = "bm25(questions, 3.0, 4.0, 1.0, 2.0, 0.5, 1.0, 0.5)";

    // Filters run on the hits in memory: reading stored columns costs SQLite a content lookup per matched row, more
    // than the filter saves.
    private const string SearchSql = "SELECT rowid, " + Rank + " AS score FROM questions WHERE questions MATCH $match ORDER BY score, rowid";

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;
    private readonly IReadOnlyList<BankQuestion> _questions;
    private readonly QuestionMatcher _matcher;

    public QuestionIndex(IReadOnlyList<BankQuestion> questions)
    {
        _questions = questions;
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Build(_connection, questions);
        _search = _connection.CreateCommand();
        _search.CommandText = SearchSql;
        _search.Parameters.Add(new SqliteParameter("$match", DBNull.Value));
        _search.Prepare();
        Statistics = new TermStatistics(questions);
        _matcher = new QuestionMatcher(this, questions);
    }

    /// <summary>Which words the questions use and how often: what makes a search term telling.</summary>
    public TermStatistics Statistics { get; }

    /// <summary>How many questions the index holds.</summary>
    public int Count => _questions.Count;

    /// <summary>Questions passing the filters whose indexed words share a term with the keywords, most relevant
    /// first (ties in index order). Empty when the keywords have no searchable word.</summary>
    public IReadOnlyList<SearchHit> Search(QuestionSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return Search(SearchTerms.Of(search.Keywords), search);
    }

    /// <summary>The bank question a hand-typed question asks, or null unless it is clearly the same question or a
    /// close paraphrase; <paramref name="category"/> narrows the search when it is a known category.</summary>
    public BankQuestion? BestMatch(string questionText, string? category) => _matcher.BestMatch(questionText, category);

    internal IReadOnlyList<SearchHit> Search(IReadOnlyList<string> terms, QuestionSearch search)
    {
        var match = SearchTerms.MatchExpression(Telling(terms));
        if (match is null || search.Limit <= 0)
        {
            return [];
        }

        var excluded = search.ExcludedIds ?? new HashSet<string>();
        var hits = new List<SearchHit>(Math.Min(search.Limit, 64));
        lock (_gate)
        {
            _search.Parameters[0].Value = match;
            using var reader = _search.ExecuteReader();
            while (reader.Read() && hits.Count < search.Limit)
            {
                var question = _questions[(int)reader.GetInt64(0) - 1];
                if (Passes(question, search, excluded))
                {
                    // bm25 is negative, more negative = better; callers read "higher is better".
                    hits.Add(new SearchHit(question, -reader.GetDouble(1)));
                }
            }
        }

        return hits;
    }

    /// <summary>A term on more than this share of the questions is left out of the query: its bm25 weight (IDF) is
    /// near zero, yet every row it matches must be ranked, which is most of a query's cost.</summary>
    public const double MaxTermShare = 0.12;

    /// <summary>In a small bank no term counts as common below this many questions.</summary>
    public const int MinCommonTerm = 20;

    // When every term is common, the rarest few still rank something.
    private IEnumerable<string> Telling(IReadOnlyList<string> terms)
    {
        var limit = Math.Max(MinCommonTerm, MaxTermShare * _questions.Count);
        var telling = terms.Where(t => Statistics.DocumentFrequency(t) <= limit).ToList();
        return telling.Count > 0 ? telling : terms.Distinct(StringComparer.Ordinal).OrderBy(Statistics.DocumentFrequency).ThenBy(t => t, StringComparer.Ordinal).Take(3);
    }

    private static bool Passes(BankQuestion question, QuestionSearch search, IReadOnlySet<string> excluded) =>
        (search.Category is null || question.Category == search.Category)
        && (search.Track is null || question.FitsTrack(search.Track))
        && QuestionLevels.IsWithin(question.Level, search.MinLevel, search.MaxLevel)
        && !excluded.Contains(question.Id);

    private static void Build(SqliteConnection connection, IReadOnlyList<BankQuestion> questions)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            // Terms arrive pre-normalised (stems joined by spaces); the tokeniser only has to keep "c#", "c++" and
            // "node.js" whole.
            create.CommandText =
                "CREATE VIRTUAL TABLE questions USING fts5(text, tags, rubric, subcategory, category, tracks, level, " +
                "tokenize = \"unicode61 tokenchars '#+.'\")";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO questions (rowid, text, tags, rubric, subcategory, category, tracks, level) " +
            "VALUES ($rowid, $text, $tags, $rubric, $subcategory, $category, $tracks, $level)";
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$rowid", i + 1);
            insert.Parameters.AddWithValue("$text", SearchTerms.Document([q.Text]));
            insert.Parameters.AddWithValue("$tags", SearchTerms.Document(q.Tags));
            insert.Parameters.AddWithValue("$rubric", SearchTerms.Document(q.Rubric));
            insert.Parameters.AddWithValue("$subcategory", SearchTerms.Document([q.Subcategory.Replace('-', ' ')]));
            insert.Parameters.AddWithValue("$category", SearchTerms.Document([q.Category]));
            insert.Parameters.AddWithValue("$tracks", SearchTerms.Document(q.Tracks.Select(t => t.Replace('-', ' '))));
            insert.Parameters.AddWithValue("$level", SearchTerms.Document([q.Level]));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
