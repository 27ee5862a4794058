using MockInterview.Interviewing.Scoring;
using Xunit.Abstractions;

namespace MockInterview.Interviewing.Tests.Scoring;

public sealed class LabelledSetTests(ITestOutputHelper output)
{
    /// <summary>Written next to the build output (artifacts/), where ./test.sh prints it after the run: xunit shows
    /// no output of passing tests.</summary>
    public const string SummaryFileName = "labelled-set-evaluation.txt";

    [Fact]
    public void LabelledSet_Always_CoversAtLeast25QuestionsOfEveryCategoryIncludingTypedInOnes()
    {
        var cases = LabelledSet.Cases;

        Assert.True(cases.Count >= 25, $"only {cases.Count} labelled questions");
        var categories = LabelledSet.Evaluation.Cases.Select(c => c.Case.QuestionId is null ? c.Case.Category : c.Question.Category).ToHashSet();
        Assert.Superset(new HashSet<string?> { "behavioral", "technical", "screening" }, categories);
        Assert.All(cases, c => Assert.Equal(AnswerLevels.All.Order(), c.Answers.Keys.Order()));
    }

    [Theory]
    [MemberData(nameof(LabelledSet.CaseKeys), MemberType = typeof(LabelledSet))]
    public void EvaluateAsync_StuffedOrInjectedAnswer_ScoresAtMostFourAndBelowAdequate(string key)
    {
        var scores = LabelledSet.ScoresOf(key).Scores;

        Assert.InRange(scores["stuffed"].Score, 0, AnswerLevels.FlaggedCeiling);
        Assert.InRange(scores["injection"].Score, 0, AnswerLevels.FlaggedCeiling);
        Assert.Contains(scores["stuffed"].Flags, f => f.Code == "keywordStuffed");
        Assert.Contains(scores["injection"].Flags, f => f.Code == "promptInjection");
    }

    [Theory]
    [MemberData(nameof(LabelledSet.CaseKeys), MemberType = typeof(LabelledSet))]
    public void EvaluateAsync_UnusableAnswers_FlaggedAndScoredLow(string key)
    {
        var scores = LabelledSet.ScoresOf(key).Scores;

        Assert.Contains(scores["gibberish"].Flags, f => f.Code == "gibberish");
        Assert.Contains(scores["empty"].Flags, f => f.Code == "empty");
        Assert.InRange(scores["gibberish"].Score, 0, 1);
        Assert.Equal(0, scores["empty"].Score);
    }

    [Fact]
    public void EvaluateAsync_OffTopicAnswers_MostlyFlagged()
    {
        // Some off-topic answers are fluent stories about work in the same field; those are caught by their low
        // relevance (they still rank below vague answers) even when the flag does not fire.
        var offTopic = LabelledSet.Evaluation.Cases.Select(c => c.Scores["offTopic"]).ToList();
        var flagged = offTopic.Count(e => e.Flags.Any(f => f.Code == "offTopic"));

        Assert.True(flagged * 4 >= offTopic.Count * 3, $"only {flagged} of {offTopic.Count} off-topic answers flagged");
    }

    [Fact]
    public void EvaluateAsync_StrongAndAdequateAnswers_AlmostNeverFlagged()
    {
        // A flag on a good answer is shown to the candidate as a fault; allow at most one in twenty.
        var good = LabelledSet.Evaluation.Cases.SelectMany(c => new[] { c.Scores["strong"], c.Scores["adequate"] }).ToList();
        var flagged = good.Count(e => e.Flags.Count > 0);

        Assert.True(flagged * 20 <= good.Count, $"{flagged} of {good.Count} good answers flagged");
    }

    [Fact]
    public void EvaluateAsync_WholeLabelledSet_PairwiseOrderingAccuracyIsAtLeast95Percent()
    {
        var evaluation = LabelledSet.Evaluation;
        var summary = evaluation.ToText(perCase: true);
        output.WriteLine(summary);
        File.WriteAllText(SummaryPath(), summary);

        Assert.True(evaluation.Accuracy >= 0.95, $"Pairwise ordering accuracy {evaluation.Accuracy:P1} is below 95%.\n{summary}");
        Assert.Equal(0, evaluation.CeilingBreaches);
    }

    /// <summary>artifacts/ (or artifacts/&lt;slot&gt;/): the test runs from artifacts/…/bin/&lt;project&gt;/&lt;config&gt;/.</summary>
    private static string SummaryPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        var root = directory.Parent?.Parent?.Parent is { } artifacts && directory.Parent.Parent.Name == "bin" ? artifacts.FullName : AppContext.BaseDirectory;
        return Path.Combine(root, SummaryFileName);
    }
}
