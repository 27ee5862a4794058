using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Bank;

public sealed class QuestionIndexSearchTests
{
    private readonly QuestionIndex _index = TestQuestions.Small().Index;

    [Fact]
    public void Search_SkillInTags_RanksTaggedQuestionAboveRubricMention()
    {
        var hits = _index.Search(new QuestionSearch("Kafka"));

        Assert.Equal(["de-kafka", "be-queue", "be-cache"], hits.Select(h => h.Question.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Search_SeveralSkills_RanksQuestionsMatchingMoreOfThemFirst()
    {
        var hits = _index.Search(new QuestionSearch("We build streaming pipelines with Kafka and Spark."));

        Assert.Equal("de-kafka", hits[0].Question.Id);
        Assert.Contains(hits, h => h.Question.Id == "de-spark");
    }

    [Fact]
    public void Search_WordsInOtherForms_MatchTheirStems()
    {
        var hits = _index.Search(new QuestionSearch("caches"));

        Assert.Equal("be-cache", Assert.Single(hits).Question.Id);
    }

    [Fact]
    public void Search_CategoryFilter_KeepsOnlyThatCategory()
    {
        var hits = _index.Search(new QuestionSearch("streaming", Category: "behavioral"));

        Assert.Equal("beh-deadline", Assert.Single(hits).Question.Id);
    }

    [Fact]
    public void Search_TrackFilter_KeepsQuestionsOfTheTrackAndThoseWithoutTracks()
    {
        var hits = _index.Search(new QuestionSearch("kafka streaming", Track: "backend"));

        Assert.All(hits, h => Assert.True(h.Question.Tracks.Count == 0 || h.Question.Tracks.Contains("backend")));
        Assert.Contains(hits, h => h.Question.Id == "beh-deadline");
        Assert.DoesNotContain(hits, h => h.Question.Id == "de-kafka");
    }

    [Fact]
    public void Search_LevelRange_KeepsLevelsInsideAndAnyLevel()
    {
        var hits = _index.Search(new QuestionSearch("kafka streaming spark deadline", MinLevel: "senior", MaxLevel: "senior"));

        Assert.Equal(["be-queue", "beh-deadline", "de-spark"], hits.Select(h => h.Question.Id).Order());
    }

    [Fact]
    public void Search_ExcludedIdsAndLimit_AreRespected()
    {
        var hits = _index.Search(new QuestionSearch("kafka", ExcludedIds: new HashSet<string> { "de-kafka" }, Limit: 1));

        Assert.Equal("be-queue", Assert.Single(hits).Question.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the and of to tell me about a time")]
    [InlineData("!!! ??? ... ---")]
    public void Search_NoSearchableWord_ReturnsNothing(string keywords)
    {
        Assert.Empty(_index.Search(new QuestionSearch(keywords)));
    }

    [Fact]
    public void Search_SameQuery_GivesTheSameOrderEveryTime()
    {
        var first = _index.Search(new QuestionSearch("kafka spark react caching conflict"));
        var second = _index.Search(new QuestionSearch("kafka spark react caching conflict"));

        Assert.Equal(first.Select(h => h.Question.Id), second.Select(h => h.Question.Id));
    }
}
