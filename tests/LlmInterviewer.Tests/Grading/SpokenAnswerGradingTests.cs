using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.Grading;

public sealed class SpokenAnswerGradingTests
{
    [Fact]
    public async Task EvaluateAsync_SpokenAnswer_CommunicationMeasuredFromDeliveryNotTheModel()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Grade(7.5, [8, 7, 7.5, 6, 9])));
        var request = Samples.Evaluate(Samples.Strong) with { Delivery = Spoken(Samples.Strong, wordSeconds: 0.15, gapSeconds: 0.05, confidence: 0.3) };
        var offline = await OfflineInterviewerBrain.CreateDefault().EvaluateAsync(request, CancellationToken.None);

        var evaluation = await h.Brain.EvaluateAsync(request, CancellationToken.None);

        Assert.Equal(BrainHarness.LlmSource, evaluation.Source);
        Assert.Equal(8, evaluation.Dimensions[ScoreDimensions.Relevance]);
        Assert.Equal(offline.Dimensions[ScoreDimensions.Communication], evaluation.Dimensions[ScoreDimensions.Communication]);
        Assert.NotEqual(9, evaluation.Dimensions[ScoreDimensions.Communication]);
        Assert.Contains(evaluation.Reasons, r => r.Contains("faster than the natural 110–170", StringComparison.Ordinal));
        Assert.Contains("transcript may be imperfect", evaluation.Caveat, StringComparison.Ordinal);
        Assert.Contains("transcript may be imperfect", evaluation.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_TypedAnswer_ModelCommunicationAndNoCaveat()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Grade(7.5, [8, 7, 7.5, 6, 9])));

        var evaluation = await h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);

        Assert.Equal(9, evaluation.Dimensions[ScoreDimensions.Communication]);
        Assert.Null(evaluation.Caveat);
    }

    private static SpeechDelivery Spoken(string text, double wordSeconds, double gapSeconds, double confidence)
    {
        var words = new List<SpokenWord>();
        var at = 1.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new SpokenWord(word, at, at + wordSeconds, confidence));
            at += wordSeconds + gapSeconds;
        }

        return DeliveryAnalyzer.Analyze(new SpokenAnswer(text, words, at + 1, false, "test"));
    }
}
