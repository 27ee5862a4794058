using Xunit.Abstractions;

namespace MockInterview.Interviewing.Tests.Scoring;

public sealed class LabelledSetTests(ITestOutputHelper output)
{
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Theory]
    [MemberData(nameof(LabelledSet.CaseIds), MemberType = typeof(LabelledSet))]
    public async Task EvaluateAsync_LabelledAnswers_OrdersStrongAboveAdequateAboveVagueAboveUnusable(string questionId)
    {
        var scores = await ScoreAll(LabelledSet.Get(questionId));
        output.WriteLine(string.Join(", ", scores.Select(kv => $"{kv.Key}={kv.Value.Score}")));

        Assert.True(scores["strong"].Score > scores["adequate"].Score, $"strong {scores["strong"].Score} <= adequate {scores["adequate"].Score}");
        Assert.True(scores["adequate"].Score > scores["vague"].Score, $"adequate {scores["adequate"].Score} <= vague {scores["vague"].Score}");
        foreach (var unusable in new[] { "offTopic", "gibberish", "empty" })
        {
            Assert.True(scores["vague"].Score > scores[unusable].Score, $"vague {scores["vague"].Score} <= {unusable} {scores[unusable].Score}");
        }
    }

    [Theory]
    [MemberData(nameof(LabelledSet.CaseIds), MemberType = typeof(LabelledSet))]
    public async Task EvaluateAsync_StuffedOrInjectedAnswer_ScoresAtMostFourAndBelowAdequate(string questionId)
    {
        var scores = await ScoreAll(LabelledSet.Get(questionId));

        Assert.InRange(scores["stuffed"].Score, 0, 4);
        Assert.InRange(scores["injection"].Score, 0, 4);
        Assert.True(scores["stuffed"].Score < scores["adequate"].Score);
        Assert.True(scores["injection"].Score < scores["adequate"].Score);
    }

    [Theory]
    [MemberData(nameof(LabelledSet.CaseIds), MemberType = typeof(LabelledSet))]
    public async Task EvaluateAsync_LabelledAnswers_FlagsWhatIsWrongAndNothingOnGoodAnswers(string questionId)
    {
        var scores = await ScoreAll(LabelledSet.Get(questionId));

        Assert.Empty(scores["strong"].Flags);
        Assert.Empty(scores["adequate"].Flags);
        Assert.Contains(scores["offTopic"].Flags, f => f.Code == "offTopic");
        Assert.Contains(scores["gibberish"].Flags, f => f.Code == "gibberish");
        Assert.Contains(scores["empty"].Flags, f => f.Code == "empty");
        Assert.Contains(scores["stuffed"].Flags, f => f.Code == "keywordStuffed");
        Assert.Contains(scores["injection"].Flags, f => f.Code == "promptInjection");
        Assert.InRange(scores["gibberish"].Score, 0, 1);
        Assert.Equal(0, scores["empty"].Score);
    }

    [Fact]
    public async Task EvaluateAsync_WholeLabelledSet_PairwiseOrderingAccuracyIsAtLeast95Percent()
    {
        // Every (higher, lower) pair the scorer must get right, as issue #3 states the quality bar.
        (string High, string Low)[] required =
        [
            ("strong", "adequate"), ("adequate", "vague"), ("vague", "offTopic"), ("vague", "gibberish"), ("vague", "empty"),
            ("strong", "vague"), ("strong", "offTopic"), ("strong", "gibberish"), ("strong", "empty"), ("adequate", "offTopic"),
            ("adequate", "gibberish"), ("adequate", "empty"), ("adequate", "stuffed"), ("adequate", "injection"),
            ("strong", "stuffed"), ("strong", "injection"),
        ];
        int pairs = 0, correct = 0;
        foreach (var labelled in LabelledSet.Cases)
        {
            var scores = await ScoreAll(labelled);
            foreach (var (high, low) in required)
            {
                pairs++;
                correct += scores[high].Score > scores[low].Score ? 1 : 0;
            }
        }

        var accuracy = correct / (double)pairs;
        output.WriteLine($"Pairwise ordering accuracy: {correct}/{pairs} = {accuracy:P1} over {LabelledSet.Cases.Count} questions.");
        Assert.True(accuracy >= 0.95, $"Pairwise ordering accuracy {accuracy:P1} is below 95%.");
    }

    private async Task<Dictionary<string, AnswerEvaluation>> ScoreAll(LabelledCase labelled)
    {
        var question = LabelledSet.Question(labelled.QuestionId);
        var answers = new Dictionary<string, string>
        {
            ["strong"] = labelled.Strong, ["adequate"] = labelled.Adequate, ["vague"] = labelled.Vague, ["offTopic"] = labelled.OffTopic,
            ["gibberish"] = labelled.Gibberish, ["empty"] = labelled.Empty, ["stuffed"] = labelled.Stuffed, ["injection"] = labelled.Injection,
        };
        var scores = new Dictionary<string, AnswerEvaluation>();
        foreach (var (level, answer) in answers)
        {
            scores[level] = await _brain.EvaluateAsync(new EvaluationRequest(LabelledSet.ModeOf(question), question, answer, []), CancellationToken.None);
        }

        return scores;
    }
}
