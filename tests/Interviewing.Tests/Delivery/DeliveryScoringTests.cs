using MockInterview.Interviewing.Delivery;
using MockInterview.Interviewing.Tests.Scoring;

namespace MockInterview.Interviewing.Tests.Delivery;

public sealed class DeliveryScoringTests
{
    private static readonly OfflineInterviewerBrain Brain = OfflineInterviewerBrain.CreateDefault();
    private static readonly InterviewQuestion Question = LabelledSet.Question("beh-deadline-001");
    private static readonly string Text = LabelledSet.Get("beh-deadline-001").Strong;

    [Fact]
    public async Task EvaluateAsync_NaturalPace_NoDeliveryPenaltyAndSaysSo()
    {
        // 0.3 s words with 0.1 s gaps: 150 words per minute.
        var spoken = await Evaluate(SpokenAnswers.Build(Text));
        var typed = await Evaluate(null);

        Assert.Equal(typed.Dimensions[ScoreDimensions.Communication], spoken.Dimensions[ScoreDimensions.Communication]);
        Assert.Contains(spoken.Reasons, r => r.Contains("a natural pace (110–170)", StringComparison.Ordinal));
        Assert.Null(spoken.Caveat);
    }

    [Theory]
    [InlineData(0.15, 0.05, "faster than the natural 110–170")] // 300 wpm
    [InlineData(0.6, 0.2, "slower than the natural 110–170")]   // 75 wpm
    public async Task EvaluateAsync_PaceOutsideNaturalBand_CostsCommunicationAndSaysWhy(double wordSeconds, double gapSeconds, string reason)
    {
        var natural = await Evaluate(SpokenAnswers.Build(Text));
        var off = await Evaluate(SpokenAnswers.Build(Text, wordSeconds, gapSeconds));

        Assert.Equal(natural.Dimensions[ScoreDimensions.Communication] - 2, off.Dimensions[ScoreDimensions.Communication], 1);
        Assert.Contains(off.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_VeryLongPause_CostsCommunicationAndSaysWhy()
    {
        var words = Text.Split(' ');
        var withPause = string.Join(' ', words.Take(20)) + " | " + string.Join(' ', words.Skip(20));
        var natural = await Evaluate(SpokenAnswers.Build(Text));

        var paused = await Evaluate(SpokenAnswers.Build(withPause, pauseSeconds: 7));

        Assert.Equal(natural.Dimensions[ScoreDimensions.Communication] - 1.5, paused.Dimensions[ScoreDimensions.Communication], 1);
        Assert.Contains(paused.Reasons, r => r.Contains("You paused for 7 seconds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_TwoLongPauses_CostsOne()
    {
        var words = Text.Split(' ');
        var paused = string.Join(' ', words.Take(15)) + " | " + string.Join(' ', words.Skip(15).Take(15)) + " | " + string.Join(' ', words.Skip(30));
        var natural = await Evaluate(SpokenAnswers.Build(Text));

        var evaluation = await Evaluate(SpokenAnswers.Build(paused, pauseSeconds: 4));

        Assert.Equal(natural.Dimensions[ScoreDimensions.Communication] - 1, evaluation.Dimensions[ScoreDimensions.Communication], 1);
        Assert.Contains(evaluation.Reasons, r => r.Contains("You paused for 3 seconds or more 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_ManyShortPauses_CostsOne()
    {
        // A 0.6 s pause after every third word: about 30 pauses a minute.
        var choppy = string.Join(" | ", Text.Split(' ').Chunk(3).Select(chunk => string.Join(' ', chunk)));
        var natural = await Evaluate(SpokenAnswers.Build(Text));

        var evaluation = await Evaluate(SpokenAnswers.Build(choppy, pauseSeconds: 0.6));

        Assert.Equal(natural.Dimensions[ScoreDimensions.Communication] - 1, evaluation.Dimensions[ScoreDimensions.Communication], 1);
        Assert.Contains(evaluation.Reasons, r => r.Contains("broken up by many pauses", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_ManyFillersPerMinute_CostsCommunication()
    {
        var fillers = "um so you know " + string.Join(" um ", Text.Split(". "));
        var clean = await Evaluate(SpokenAnswers.Build(Text));

        var filled = await Evaluate(SpokenAnswers.Build(fillers));

        Assert.True(filled.Dimensions[ScoreDimensions.Communication] < clean.Dimensions[ScoreDimensions.Communication]);
        Assert.Contains(filled.Reasons, r => r.Contains("filler words a minute", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_LowRecognitionConfidence_SameScoreButLessCertainFeedback()
    {
        var sure = await Evaluate(SpokenAnswers.Build(Text, confidence: 0.95));

        var unsure = await Evaluate(SpokenAnswers.Build(Text, confidence: 0.3));

        Assert.Equal(sure.Score, unsure.Score);
        Assert.Equal(sure.Dimensions, unsure.Dimensions);
        Assert.NotNull(unsure.Caveat);
        Assert.Contains("transcript may be imperfect", unsure.Caveat, StringComparison.Ordinal);
        Assert.Contains("transcript may be imperfect", unsure.Feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("transcript may be imperfect", sure.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_UnpunctuatedTranscript_NotPenalisedForOneLongSentence()
    {
        // pocketsphinx gives lower-case words without punctuation.
        var bare = new string([.. Text.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ' || c == '\'')]);
        var spoken = await Evaluate(SpokenAnswers.Build(bare));
        var typedBare = await Evaluate(null, bare);

        Assert.True(spoken.Dimensions[ScoreDimensions.Communication] > typedBare.Dimensions[ScoreDimensions.Communication]);
        Assert.DoesNotContain(spoken.Reasons, r => r.Contains("sentences ran very long", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvaluateAsync_TypedAnswer_NoDeliveryReasonsOrCaveat()
    {
        var typed = await Evaluate(null);

        Assert.Null(typed.Caveat);
        Assert.DoesNotContain(typed.Reasons, r => r.Contains("words per minute", StringComparison.Ordinal));
    }

    private static Task<AnswerEvaluation> Evaluate(SpokenAnswer? spoken, string? text = null) =>
        Brain.EvaluateAsync(
            new EvaluationRequest(InterviewMode.Behavioral, Question, text ?? spoken?.Text ?? Text, [])
            {
                Delivery = spoken is null ? null : DeliveryAnalyzer.Analyze(spoken),
            },
            default);
}
