using Microsoft.Extensions.Logging;
using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;
using MockInterview.TestSupport;
using MockInterview.Workflows;

namespace MockInterview.Interviews.Tests.Workflow;

/// <summary>The brain's final review once the questions are over (<see cref="IInterviewerBrain.ReviewAsync"/>): q1 and
/// q2 answered (scored 7 live), q3 left open by ending early.</summary>
public sealed class FinalReviewTests
{
    private const string Llm = "llm:test/model";
    private const string SecretAnswer = "My salary at Contoso was 123456";

    [Fact]
    public async Task BeginSummary_ReviewChangesScores_StoredTurnsSummaryAndReportUseTheFinalOnes()
    {
        await using var harness = await InterviewHarness.StartAsync();
        harness.Brain.Review = request => request.Turns
            .Select((t, i) => t.Answer is null ? null : Samples.Evaluation(i == 0 ? 9 : 3) with { Source = Llm })
            .ToList();

        var id = await AnswerTwoThenEndAsync(harness);

        var review = Assert.Single(harness.Brain.Reviews);
        Assert.Equal([7.0, 7.0], review.Turns.Take(2).Select(t => t.Evaluation!.Score));
        Assert.Null(review.Turns[2].Evaluation);
        var turns = await harness.Store.GetTurnsAsync(id, default);
        Assert.Equal([9.0, 3.0], turns.Take(2).Select(t => t.Evaluation!.Score));
        Assert.All(turns.Take(2), t => Assert.Equal(Llm, t.Evaluation!.Source));
        Assert.All(turns.Take(2), t => Assert.Equal(("scripted", 7.0), (t.LiveEvaluation!.Source, t.LiveEvaluation.Score)));
        Assert.Null(turns[2].Evaluation);
        Assert.Null(turns[2].LiveEvaluation);
        var summaryInput = Assert.Single(harness.Brain.Summaries);
        Assert.Equal([9.0, 3.0, (double?)null], summaryInput.Turns.Select(t => t.Evaluation?.Score));

        var report = await FinishAsync(harness, id);
        Assert.Equal(4.0, report.OverallScore);
        Assert.Equal([9.0, 3.0, (double?)null, null], report.Questions.Select(q => q.Score));
        Assert.Equal([7.0, 7.0, (double?)null, null], report.Questions.Select(q => q.LiveScore));
        Assert.Equal(["scripted", "scripted", null, null], report.Questions.Select(q => q.LiveSource));
        Assert.Equal([Llm], report.Sources.Evaluations);
        Assert.Contains("Scored live by scripted, then graded at the end by LLM (test/model), whose grades are final.", report.Sources.Description, StringComparison.Ordinal);
        Assert.Contains("(llm:test/model; graded at the end, scored 7.0 live by scripted)", MarkdownReportRenderer.Render(report), StringComparison.Ordinal);
        Assert.Contains("(llm:test/model; graded at the end, scored 7.0 live by scripted)", HtmlReportRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginSummary_ReviewOfTheWrongLength_IsIgnoredAndTheLiveEvaluationsStand()
    {
        await using var harness = await InterviewHarness.StartAsync();
        harness.Brain.Review = request => [Samples.Evaluation(1) with { Source = Llm }, Samples.Evaluation(1) with { Source = Llm }];

        var id = await AnswerTwoThenEndAsync(harness);

        await AssertLiveEvaluationsStandAsync(harness, id);
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("gave 2 evaluations for 3 turns", StringComparison.Ordinal));
        var report = await FinishAsync(harness, id);
        Assert.Equal(["scripted"], report.Sources.Evaluations);
        Assert.DoesNotContain("graded at the end", report.Sources.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginSummary_ReviewThrows_LiveEvaluationsStandTheInterviewCompletesAndNoAnswerIsLogged()
    {
        await using var harness = await InterviewHarness.StartAsync();
        harness.Brain.Review = request => throw new HttpRequestException($"The model choked on: {request.Turns[0].Answer}");

        var id = await AnswerTwoThenEndAsync(harness, firstAnswer: SecretAnswer);

        await AssertLiveEvaluationsStandAsync(harness, id);
        Assert.Single(harness.Brain.Reviews);
        var warning = Assert.Single(harness.Logs.Entries, e => e.Category.EndsWith(nameof(BeginSummaryActivity), StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("HttpRequestException", warning.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Text.Contains("123456", StringComparison.Ordinal));
        var report = await FinishAsync(harness, id);
        Assert.Equal(7.0, report.Questions[0].Score);
        Assert.Null(report.Questions[0].LiveScore);
    }

    [Fact]
    public async Task BeginSummary_ReviewNullForAnAnsweredTurnAndAnEvaluationForAnUnansweredOne_KeepsLiveAndAttachesNothing()
    {
        await using var harness = await InterviewHarness.StartAsync();
        harness.Brain.Review = request => [Samples.Evaluation(2) with { Source = Llm }, null, Samples.Evaluation(10) with { Source = Llm }];

        var id = await AnswerTwoThenEndAsync(harness);

        var turns = await harness.Store.GetTurnsAsync(id, default);
        Assert.Equal((2.0, Llm), (turns[0].Evaluation!.Score, turns[0].Evaluation!.Source));
        Assert.Equal((7.0, "scripted"), (turns[1].Evaluation!.Score, turns[1].Evaluation!.Source));
        Assert.Null(turns[1].LiveEvaluation);
        Assert.Null(turns[2].Answer);
        Assert.Null(turns[2].Evaluation);
        Assert.Null(turns[2].LiveEvaluation);
        Assert.Contains(harness.Logs.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("evaluated 1 unanswered turns", StringComparison.Ordinal));
        var report = await FinishAsync(harness, id);
        Assert.Contains("Scored live by scripted, then graded at the end by LLM (test/model) for 1 of 2 answers, whose grades are final. 1 of 2 answers kept the score given live.",
            report.Sources.Description, StringComparison.Ordinal);
        Assert.Null(report.Questions[2].Score);
    }

    [Fact]
    public async Task BeginSummary_RetriedAfterTheReviewWasStored_DoesNotReviewAgain()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var reviews = 0;
        harness.Brain.Review = request => request.Turns
            .Select(t => t.Answer is null ? null : Samples.Evaluation(++reviews) with { Source = Llm })
            .ToList();
        harness.Brain.FailNextSummaries(1);

        var id = await StartAndAnswerTwoAsync(harness);
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.EndAsync("ada", id, default)).Kind);
        await Eventually.TrueAsync(() => harness.Brain.Summaries.Count == 1, "the first summary attempt fails");
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));
        await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Summary, "the retried activity starts the summary phase");

        Assert.Single(harness.Brain.Reviews);
        Assert.Equal(2, harness.Brain.Summaries.Count);
        Assert.Equal([1.0, 2.0, (double?)null], harness.Brain.Summaries.Last().Turns.Select(t => t.Evaluation?.Score));

        // A retry after the summary began (a crash after the store's write) returns the closing question, unreviewed.
        var activity = harness.Service<BeginSummaryActivity>();
        var closing = await activity.RunAsync(new ActivityContext(new InstanceId(id), BeginSummaryActivity.Name, 99, 3, default), new BeginSummaryInput(id, null, 3));
        Assert.True(closing.IsClosing);
        Assert.Single(harness.Brain.Reviews);
        Assert.Equal([1.0, 2.0], (await harness.Store.GetTurnsAsync(id, default)).Take(2).Select(t => t.Evaluation!.Score));
    }

    private static async Task<string> StartAndAnswerTwoAsync(InterviewHarness harness, string firstAnswer = "Answer one")
    {
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null), default);
        string[] answers = [firstAnswer, "Answer two"];
        for (var i = 0; i < 2; i++)
        {
            var questionId = $"q{i + 1}";
            await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == questionId, $"{questionId} is current");
            Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", view.Id, questionId, answers[i], default)).Kind);
        }

        await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q3", "q3 is current");
        return view.Id;
    }

    private static async Task<string> AnswerTwoThenEndAsync(InterviewHarness harness, string firstAnswer = "Answer one")
    {
        var id = await StartAndAnswerTwoAsync(harness, firstAnswer);
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.EndAsync("ada", id, default)).Kind);
        await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts");
        return id;
    }

    private static async Task<InterviewReport> FinishAsync(InterviewHarness harness, string id)
    {
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", id, AskedQuestion.ClosingId, "No questions.", default)).Kind);
        var completed = await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Completed, "the interview completes");
        return completed.Report!;
    }

    private static async Task AssertLiveEvaluationsStandAsync(InterviewHarness harness, string id)
    {
        var turns = await harness.Store.GetTurnsAsync(id, default);
        Assert.Equal([7.0, 7.0], turns.Take(2).Select(t => t.Evaluation!.Score));
        Assert.All(turns, t => Assert.Null(t.LiveEvaluation));
        Assert.Null(turns[2].Evaluation);
        Assert.Equal([7.0, 7.0, (double?)null], Assert.Single(harness.Brain.Summaries).Turns.Select(t => t.Evaluation?.Score));
        Assert.Equal(14.0 / 3, (await harness.Store.GetAsync(id, default))!.Summary!.OverallScore, 3);
    }
}
