using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

public sealed class QuestionBankLoaderTests
{
    private const string ValidEntry = """
        {
          "id": "beh-test-001", "text": "Tell me about a time you fixed a flaky build pipeline for your team.",
          "category": "behavioral", "subcategory": "ownership", "tracks": [], "level": "any",
          "tags": ["build", "ownership"], "rubric": ["Describes the problem", "States the result"],
          "followUps": ["What did you change?", "How did you measure it?"]
        }
        """;

    [Fact]
    public void LoadEmbedded_ShippedBank_LoadsAndValidates()
    {
        var bank = QuestionBankLoader.LoadEmbedded();

        Assert.NotEmpty(bank.Questions);
        Assert.Equal(bank.Questions.Count, bank.Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(bank.Questions, q => Assert.InRange(q.Rubric.Count, 2, 5));
    }

    [Fact]
    public void Load_ValidEntry_ReturnsQuestionWithSourceFile()
    {
        var bank = QuestionBankLoader.Load([("test.json", Wrap(ValidEntry))]);

        var question = Assert.Single(bank.Questions);
        Assert.Equal("beh-test-001", question.Id);
        Assert.Equal("test.json", question.SourceFile);
    }

    [Theory]
    [InlineData("\"rubric\": [\"Describes the problem\", \"States the result\"]", "\"rubric\": []", "\"rubric\" must have 2 to 5 entries")]
    [InlineData("\"category\": \"behavioral\"", "\"category\": \"trivia\"", "unknown category \"trivia\"")]
    [InlineData("\"level\": \"any\"", "\"level\": \"expert\"", "unknown level \"expert\"")]
    [InlineData("\"text\": \"Tell me about a time you fixed a flaky build pipeline for your team.\"", "\"text\": \"  \"", "\"text\" is missing or empty")]
    [InlineData("\"tracks\": []", "\"tracks\": [\"astronaut\"]", "unknown track \"astronaut\"")]
    [InlineData("\"followUps\"", "\"folowUps\"", "folowUps")]
    [InlineData("\"beh-test-001\"", "\"beh-test-001-f2\"", "must not end like a follow-up id")]
    public void Load_MalformedEntry_ThrowsNamingFileAndId(string valid, string broken, string expectedMessage)
    {
        var json = Wrap(ValidEntry.Replace(valid, broken, StringComparison.Ordinal));

        var error = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.Load([("broken.json", json)]));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingId_ThrowsNamingFileAndPosition()
    {
        var json = Wrap(ValidEntry.Replace("\"id\": \"beh-test-001\",", string.Empty, StringComparison.Ordinal));

        var error = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.Load([("noid.json", json)]));

        Assert.Contains("'noid.json', question #1 has no id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_ThrowsNamingBothFiles()
    {
        var other = ValidEntry.Replace("fixed a flaky build pipeline for your team", "calmed an angry customer on a support call", StringComparison.Ordinal);

        var error = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.Load([("a.json", Wrap(ValidEntry)), ("b.json", Wrap(other))]));

        Assert.Contains("'b.json', question 'beh-test-001'", error.Message, StringComparison.Ordinal);
        Assert.Contains("already used in 'a.json'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NearDuplicateText_ThrowsNamingBothIds()
    {
        var reworded = ValidEntry
            .Replace("beh-test-001", "beh-test-002", StringComparison.Ordinal)
            .Replace("Tell me about a time you fixed", "Describe a time when you fixed", StringComparison.Ordinal);

        var error = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.Load([("a.json", Wrap(ValidEntry + "," + reworded))]));

        Assert.Contains("near-duplicate of 'beh-test-001'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'beh-test-002'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_ThrowsNamingFile()
    {
        var error = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.Load([("bad.json", "{ \"questions\": [ { ")]));

        Assert.Contains("'bad.json' is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TechnicalQuestionWithoutTrack_Throws()
    {
        var json = Wrap(ValidEntry.Replace("\"behavioral\"", "\"technical\"", StringComparison.Ordinal));

        var error = Assert.Throws<QuestionBankException>(() => QuestionBankLoader.Load([("t.json", json)]));

        Assert.Contains("must name at least one track", error.Message, StringComparison.Ordinal);
    }

    private static string Wrap(string entries) => "{ \"questions\": [" + entries + "] }";
}
