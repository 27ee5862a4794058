using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.Grading;

/// <summary>The default grading: the offline scorer scores live, the model grades every answer in one review call at the
/// end, never cached.</summary>
public sealed class ReviewTests
{
    private const string SecondAnswer =
        "A colleague wanted to rewrite our billing job in Go while I wanted to fix it in place. I asked him to list the three " +
        "worst failures, we measured them together for a week, and we agreed to fix two in place and rewrite one module; " +
        "failed runs fell from nine a month to one.";

    [Fact]
    public async Task EvaluateAsync_Default_OfflineEvaluationWithoutModelCall()
    {
        await using var h = await BrainHarness.StartAsync();

        var evaluation = await h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);

        Assert.Equal("offline", evaluation.Source);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task ReviewAsync_Default_OneCallGradesEveryAnswerUnansweredStaysNull()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Review((Samples.Question.Id, 8.5), (Samples.Second.Id, 6))));
        var turns = await TurnsAsync(h, (Samples.Question, Samples.Strong), (Samples.Second, SecondAnswer));
        turns.Add(new AnsweredTurn(Samples.Question with { Id = "test-q3" }, null, null, TimedOut: true));

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Equal(3, final.Count);
        Assert.Equal((8.5, BrainHarness.LlmSource), (final[0]!.Score, final[0]!.Source));
        Assert.Equal((6.0, BrainHarness.LlmSource), (final[1]!.Score, final[1]!.Source));
        Assert.Equal("Feedback on test-q2: you named the tools and the result.", final[1]!.Feedback);
        Assert.Equal(turns[1].Evaluation!.Statistics, final[1]!.Statistics);
        Assert.Null(final[2]);
        var sent = Assert.Single(h.Requests);
        Assert.Contains("interview_review", sent.ResponseFormat);
        Assert.Contains("dotnet-trace", sent.LastMessage);
        Assert.Contains("billing job", sent.LastMessage);
        Assert.DoesNotContain("test-q3", sent.LastMessage);
    }

    [Fact]
    public async Task ReviewAsync_SameInterviewTwice_ProviderCalledBothTimesNeverCached()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Review((Samples.Question.Id, 7))));
        var request = Review(await TurnsAsync(h, (Samples.Question, Samples.Strong)));

        await h.Brain.ReviewAsync(request, CancellationToken.None);
        await h.Brain.ReviewAsync(request, CancellationToken.None);

        Assert.Equal(2, h.Requests.Count);
    }

    [Fact]
    public async Task ReviewAsync_InjectedAnswer_WithheldFromTheModelOfflineEvaluationStands()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Review((Samples.Question.Id, 8), (Samples.Second.Id, 10))));
        var turns = await TurnsAsync(h, (Samples.Question, Samples.Strong), (Samples.Second, Samples.Injection));

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Equal(BrainHarness.LlmSource, final[0]!.Source);
        Assert.Same(turns[1].Evaluation, final[1]);
        Assert.Contains(final[1]!.Flags, f => f.Code == "promptInjection");
        Assert.DoesNotContain("Ignore all previous instructions", Assert.Single(h.Requests).LastMessage);
    }

    [Fact]
    public async Task ReviewAsync_ReplyGradesOnlyOneAnswer_OtherKeepsOfflineScoreMarkedFallback()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Review((Samples.Second.Id, 6), ("invented", 10), (Samples.Second.Id, 1))));
        var turns = await TurnsAsync(h, (Samples.Question, Samples.Strong), (Samples.Second, SecondAnswer));

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Equal((turns[0].Evaluation!.Score, "offline-fallback"), (final[0]!.Score, final[0]!.Source));
        Assert.Equal((6.0, BrainHarness.LlmSource), (final[1]!.Score, final[1]!.Source));
    }

    [Theory]
    [InlineData("500")]
    [InlineData("malformed")]
    [InlineData("no-ids")]
    public async Task ReviewAsync_CallFails_EveryAnswerKeepsOfflineScoreMarkedFallback(string failure)
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(failure switch
        {
            "500" => FakeBehavior.Error(500),
            "malformed" => FakeBehavior.Malformed(),
            _ => FakeBehavior.Reply(Replies.Review(("nobody", 9))),
        });
        var turns = await TurnsAsync(h, (Samples.Question, Samples.Strong), (Samples.Second, SecondAnswer));

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Equal(turns.Select(t => t.Evaluation!.Score), final.Select(e => e!.Score));
        Assert.All(final, e => Assert.Equal("offline-fallback", e!.Source));
    }

    [Fact]
    public async Task ReviewAsync_ScoresOutOfRange_ClampedToZeroToTen()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Review((Samples.Question.Id, 42), (Samples.Second.Id, -7))));
        var turns = await TurnsAsync(h, (Samples.Question, Samples.Strong), (Samples.Second, SecondAnswer));

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Equal([10.0, 0.0], final.Select(e => e!.Score));
        Assert.All(final, e => Assert.All(e!.Dimensions.Values, d => Assert.InRange(d, 0, 10)));
    }

    [Fact]
    public async Task ReviewAsync_SevenLongAnswers_SplitIntoCallsThatEachGradeTheirOwnAnswers()
    {
        await using var h = await BrainHarness.StartAsync();
        var questions = Enumerable.Range(1, 7).Select(i => Samples.Question with { Id = $"long-q{i}" }).ToList();
        h.Script.Always(FakeBehavior.Reply(Replies.Review(questions.Select(q => (q.Id, 7.0)).ToArray())));
        var evaluation = await h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);
        var turns = questions.Select((q, i) => Samples.Answered(q, new string((char)('a' + i), 10_000), evaluation)).ToList();

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Equal(2, h.Requests.Count);
        Assert.All(final, e => Assert.Equal((7.0, BrainHarness.LlmSource), (e!.Score, e.Source)));
        Assert.Single(h.Requests, r => r.LastMessage!.Contains("long-q7", StringComparison.Ordinal));
        Assert.All(h.Requests, r => Assert.True(r.LastMessage!.Length < 30_000, "each call stays within the batch limit"));
    }

    [Fact]
    public void Batches_FourteenShortAnswers_TwelveThenTwoSkippingFlaggedAndUnanswered()
    {
        var clean = new AnswerEvaluation(6, new Dictionary<string, double>(), [], "ok", [], "offline");
        var flagged = clean with { Flags = [new AnswerFlag("repeated", "same as before")] };
        var turns = Enumerable.Range(0, 14).Select(i => Samples.Answered(Samples.Question with { Id = $"q{i}" }, $"answer {i}", clean)).ToList();
        turns.Insert(3, Samples.Answered(Samples.Question with { Id = "flagged" }, "answer", flagged));
        turns.Insert(5, new AnsweredTurn(Samples.Question with { Id = "open" }, null, null, TimedOut: true));

        var batches = MockInterview.LlmInterviewer.Grading.AnswerReview.Batches(turns);

        Assert.Equal([12, 2], batches.Select(b => b.Count));
        Assert.DoesNotContain(3, batches.SelectMany(b => b));
        Assert.DoesNotContain(5, batches.SelectMany(b => b));
    }

    [Fact]
    public async Task ReviewAsync_LiveGrading_LiveEvaluationsStandWithoutModelCall()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        var evaluation = await OfflineInterviewerBrain.CreateDefault().EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);
        var turns = new List<AnsweredTurn> { Samples.Answered(Samples.Question, Samples.Strong, evaluation) };

        var final = await h.Brain.ReviewAsync(Review(turns), CancellationToken.None);

        Assert.Same(evaluation, Assert.Single(final));
        Assert.Empty(h.Requests);
    }

    private static ReviewRequest Review(IReadOnlyList<AnsweredTurn> turns) => new("iv-r", InterviewMode.Behavioral, Samples.Candidate, turns);

    /// <summary>Turns evaluated live by the brain under test (the offline scorer, by default), as the workflow records them.</summary>
    private static async Task<List<AnsweredTurn>> TurnsAsync(BrainHarness h, params (InterviewQuestion Question, string Answer)[] answers)
    {
        var turns = new List<AnsweredTurn>();
        foreach (var (question, answer) in answers)
        {
            var evaluation = await h.Brain.EvaluateAsync(
                new EvaluationRequest(InterviewMode.Behavioral, question, answer, turns.Select(t => t.Answer!).ToList()),
                CancellationToken.None);
            turns.Add(Samples.Answered(question, answer, evaluation));
        }

        return turns;
    }
}
