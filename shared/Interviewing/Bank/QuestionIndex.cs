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

    private const string SearchSql =
        "SELECT rowid, " + Rank + " AS score FROM questions WHERE questions MATCH $match" +
        " AND ($category IS NULL OR category_key = $category)" +
        " AND ($track IS NULL OR tracks_key = '' OR instr(tracks_key, $track) > 0)" +
        " AND ($min IS NULL OR level_rank < 0 OR level_rank >= $min)" +
        " AND ($max IS NULL OR level_rank < 0 OR level_rank <= $max)" +
        " ORDER BY score, rowid LIMIT $limit";

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;
    private readonly IReadOnlyList<BankQuestion> _questions;
    private readonly QuestionMatcher _matcher;
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly Dictionary<string, HashSet<string>> _terms;

    public QuestionIndex(IReadOnlyList<BankQuestion> questions)
    {
        _questions = questions;
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Build(_connection, questions);
        _search = _connection.CreateCommand();
        _search.CommandText = SearchSql;
        foreach (var name in new[] { "$match", "$category", "$track", "$min", "$max", "$limit" })
        {
            _search.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        _search.Prepare();
        _matcher = new QuestionMatcher(this, questions);
        _terms = questions.ToDictionary(
            q => q.Id,
            q => SearchTerms.Of(q.Text).Concat(q.Tags.SelectMany(SearchTerms.Of)).Concat(q.Rubric.SelectMany(SearchTerms.Of)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        _documentFrequency = _terms.Values.SelectMany(t => t)
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>The terms of a question's text, tags and rubric.</summary>
    public IReadOnlySet<string> Terms(BankQuestion question) => _terms.TryGetValue(question.Id, out var terms) ? terms : new HashSet<string>();

    /// <summary>Questions of the bank whose text, tags or rubric use <paramref name="term"/> (a <see cref="SearchTerms"/>
    /// term): how common, so how little telling, a word is.</summary>
    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

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
        var match = SearchTerms.MatchExpression(terms);
        if (match is null || search.Limit <= 0)
        {
            return [];
        }

        var excluded = search.ExcludedIds ?? new HashSet<string>();
        var hits = new List<SearchHit>(Math.Min(search.Limit, 64));
        lock (_gate)
        {
            var p = _search.Parameters;
            p["$match"].Value = match;
            p["$category"].Value = (object?)search.Category ?? DBNull.Value;
            p["$track"].Value = search.Track is null ? DBNull.Value : " " + search.Track + " ";
            p["$min"].Value = search.MinLevel is null ? DBNull.Value : QuestionLevels.Rank(search.MinLevel);
            p["$max"].Value = search.MaxLevel is null ? DBNull.Value : QuestionLevels.Rank(search.MaxLevel);
            p["$limit"].Value = (long)search.Limit + excluded.Count;
            using var reader = _search.ExecuteReader();
            while (reader.Read() && hits.Count < search.Limit)
            {
                var question = _questions[(int)reader.GetInt64(0) - 1];
                if (!excluded.Contains(question.Id))
                {
                    // bm25 is negative, more negative = better; callers read "higher is better".
                    hits.Add(new SearchHit(question, -reader.GetDouble(1)));
                }
            }
        }

        return hits;
    }

    private static void Build(SqliteConnection connection, IReadOnlyList<BankQuestion> questions)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            // Terms arrive pre-normalised (stems joined by spaces); the tokeniser only has to keep "c#", "c++" and
            // "node.js" whole. The filter columns are stored, not indexed.
            create.CommandText =
                "CREATE VIRTUAL TABLE questions USING fts5(text, tags, rubric, subcategory, category, tracks, level, " +
                "category_key UNINDEXED, tracks_key UNINDEXED, level_rank UNINDEXED, tokenize = \"unicode61 tokenchars '#+.'\")";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO questions (rowid, text, tags, rubric, subcategory, category, tracks, level, category_key, tracks_key, level_rank) " +
            "VALUES ($rowid, $text, $tags, $rubric, $subcategory, $category, $tracks, $level, $category_key, $tracks_key, $level_rank)";
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
            insert.Parameters.AddWithValue("$category_key", q.Category);
            insert.Parameters.AddWithValue("$tracks_key", q.Tracks.Count == 0 ? string.Empty : " " + string.Join(' ', q.Tracks) + " ");
            insert.Parameters.AddWithValue("$level_rank", q.Level == QuestionLevels.Any ? -1 : QuestionLevels.Rank(q.Level));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
