using System.Text;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

public sealed class QuestionIndexHostileInputTests
{
    private static readonly QuestionIndex Index = QuestionBankLoader.Embedded.Index;

    public static TheoryData<string> Hostile => new()
    {
        "\"kafka",
        "kafka\"",
        "\"\"\"",
        "kafka*",
        "*",
        "kaf* OR spark",
        "NEAR(kafka spark, 2)",
        "kafka NEAR spark",
        "kafka OR spark AND NOT react",
        "NOT",
        "AND",
        "((kafka)",
        "kafka)) OR ((",
        "text: kafka",
        "tags:kafka",
        "{text tags}: kafka",
        "- kafka",
        "^kafka",
        "kafka + spark",
        "c# c++ .net node.js",
        "questions MATCH 'x'; DROP TABLE questions; --",
        "'; SELECT * FROM questions; --",
        "rank:bm25(questions)",
        "Kafka ünïcödé 日本語 😀 \u200b\u0000 résumé",
        "don't can't o'reilly 'quoted' \"double\"",
        "\u001f\u0007\t\r\n",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Search_HostileText_NeverThrows(string keywords)
    {
        var hits = Index.Search(new QuestionSearch(keywords, Limit: 5));

        Assert.True(hits.Count <= 5);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void BestMatch_HostileText_NeverThrows(string text)
    {
        _ = Index.BestMatch(text, "technical");
        _ = Index.BestMatch(text, null);
        _ = Index.BestMatch(text, "no such category\" OR 1=1");
    }

    [Fact]
    public void Search_TenThousandCharacters_ReturnsRankedHits()
    {
        var text = new StringBuilder();
        var words = new[] { "kafka", "\"", "OR", "NEAR(", "spark", "*", "text:", "(", "pipelines", "😀", "streaming", "AND" };
        for (var i = 0; text.Length < 10_000; i++)
        {
            text.Append(words[i % words.Length]).Append(i % 7 == 0 ? ' ' : '-').Append(i).Append(' ');
        }

        var hits = Index.Search(new QuestionSearch(text.ToString()));
        var match = Index.BestMatch(text.ToString(), "technical");

        Assert.NotEmpty(hits);
        Assert.Null(match);
    }

    [Fact]
    public void Search_OperatorWords_AreSearchedAsWordsNotSyntax()
    {
        // "OR"/"NOT" as FTS operators would widen or empty the result; quoted they are ordinary (rare) words.
        var plain = Index.Search(new QuestionSearch("kafka", Limit: 3)).Select(h => h.Question.Id);
        var withOperators = Index.Search(new QuestionSearch("NOT kafka", Limit: 3)).Select(h => h.Question.Id);

        Assert.Equal(plain, withOperators);
    }
}
