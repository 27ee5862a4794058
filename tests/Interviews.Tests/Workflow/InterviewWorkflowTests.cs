using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;
using MockInterview.Workflows;

namespace MockInterview.Interviews.Tests.Workflow;

public sealed class InterviewWorkflowTests
{
    [Fact]
    public async Task Run_AllQuestionsAnswered_FollowUpThenSummaryThenReport()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null), default);
        var id = view.Id;
        Assert.Equal("q1", view.Question!.Id);

        string[] expected = ["q1", "q1-f1", "q2", "q3"];
        for (var i = 0; i < expected.Length; i++)
        {
            var current = await harness.WaitForAsync(id, r => r.Current?.Question.Id == expected[i], $"{expected[i]} is current");
            Assert.Equal(i, current.Current!.TurnIndex);
            var accepted = await harness.Interviews.SubmitAnswerAsync("ada", id, expected[i], i == 0 ? "Tell me more" : $"Answer {i}", default);
            Assert.Equal(InterviewResultKind.Ok, accepted.Kind);
        }

        var summary = await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts");
        Assert.True(summary.Current!.IsClosing);
        Assert.Equal(4, summary.Current.TurnIndex);
        Assert.Equal("scripted", summary.Summary!.Source);
        var status = (await harness.Workflows.GetAsync(new InstanceId(id)))!.ReadCustomStatusAs<InterviewStatus>();
        Assert.Equal(InterviewPhase.Summary, status!.Phase);

        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", id, AskedQuestion.ClosingId, "No questions.", default)).Kind);
        var completed = await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Completed, "the interview completes");

        var state = await harness.Workflows.WaitForCompletionAsync(new InstanceId(id), new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Equal(WorkflowStatus.Completed, state.Status);
        var outcome = state.ReadOutputAs<InterviewOutcome>()!;
        Assert.Equal(4, outcome.QuestionsAnswered);
        Assert.Equal(4, outcome.QuestionsAsked);
        Assert.False(outcome.EndedEarly);
        Assert.False(completed.Report!.EndedEarly);
        Assert.Equal(["q1", "q1-f1", "q2", "q3"], harness.Brain.Evaluated.ToArray());
        Assert.Equal(5, completed.Report!.Questions.Count);
        Assert.Equal("No questions.", completed.Report.Questions[^1].Answer);
        Assert.Equal(InterviewResultKind.Conflict, (await harness.Interviews.SubmitAnswerAsync("ada", id, AskedQuestion.ClosingId, "Again.", default)).Kind);
    }

    [Fact]
    public async Task Run_QuestionUnanswered_TimesOutAtItsDeadlineAndAsksTheNext()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Technical, new CandidateProfile(), null), default);
        Assert.Equal(harness.Clock.GetUtcNow().AddMinutes(3), view.Question!.AnswerDueAt);

        await harness.AdvanceAsync(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(1));
        Assert.Equal("q1", (await harness.Store.GetAsync(view.Id, default))!.Current!.Question.Id);

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));
        var next = await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked after q1 times out");
        Assert.Equal(harness.Clock.GetUtcNow(), next.Current!.AskedAt);
        var turn = Assert.Single(await harness.Store.GetTurnsAsync(view.Id, default));
        Assert.True(turn.TimedOut);
        Assert.Null(turn.Evaluation);
        Assert.Empty(harness.Brain.Evaluated);
    }

    [Fact]
    public async Task Run_QuestionPhaseDeadline_LastAnswerDueIsCappedAndSummaryFollows()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile(), 5), default);
        var questionsEndAt = view.Deadlines.QuestionsEndAt;
        Assert.Equal(harness.Clock.GetUtcNow().AddSeconds(225), questionsEndAt);

        await harness.AdvanceAsync(TimeSpan.FromMinutes(3));
        var second = await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        Assert.Equal(questionsEndAt, second.Current!.AnswerDueAt);

        await harness.AdvanceAsync(questionsEndAt - harness.Clock.GetUtcNow());
        var summary = await harness.WaitForAsync(view.Id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts at the Q&A deadline");
        Assert.Equal(summary.EndsAt, summary.Current!.AnswerDueAt);
        Assert.Equal(questionsEndAt.AddSeconds(75), summary.EndsAt);

        await harness.AdvanceAsync(summary.EndsAt - harness.Clock.GetUtcNow());
        var completed = await harness.WaitForAsync(view.Id, r => r.Phase == InterviewPhase.Completed, "the interview completes at its end");
        Assert.False(completed.Report!.EndedEarly);
        Assert.Equal(["timedOut", "timedOut", "unscored"], completed.Report.Questions.Select(q => q.Outcome));
    }
}
