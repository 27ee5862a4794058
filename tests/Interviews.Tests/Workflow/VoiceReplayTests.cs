using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;
using MockInterview.Workflows;

namespace MockInterview.Interviews.Tests.Workflow;

/// <summary>The workflow replayed from its stored history at every episode: the voice waits (thinking timer, start event,
/// answer timer from the start) and the unchanged text path make the same decisions every time.</summary>
public sealed class VoiceReplayTests
{
    [Fact]
    public async Task Run_VoiceInterviewReplayedEveryEpisode_CompletesWithSpokenStartedAndTimedOutTurns()
    {
        await using var harness = await InterviewHarness.StartAsync(alwaysReplay: true);
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null, AnswerMode.Voice), default);
        var id = view.Id;

        // q1: spoken at once. q2: started after 5 s, answered by typing a minute later. q3: never started.
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitSpokenAnswerAsync("ada", id, "q1", SpokenSamples.Answer("I led the migration"), default)).Kind);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        await harness.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SpeechStartedAsync("ada", id, "q2", default)).Kind);
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", id, "q2", "Typed after starting.", default)).Kind);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q3", "q3 is asked");
        await harness.AdvanceAsync(TimeSpan.FromSeconds(20));
        var summary = await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts after q3's thinking time");
        Assert.Null(summary.Current!.ThinkingDueAt);
        await harness.Interviews.EndAsync("ada", id, default);

        var state = await harness.Workflows.WaitForCompletionAsync(new InstanceId(id), new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        Assert.Equal(WorkflowStatus.Completed, state.Status);
        var turns = await harness.Store.GetTurnsAsync(id, default);
        Assert.Equal([AnsweredBy.Spoken, AnsweredBy.Typed, null, null], turns.Select(t => t.By));
        Assert.Equal([false, false, true], turns.Take(3).Select(t => t.TimedOut));
        Assert.NotNull(turns[1].Asked.AnsweringStartedAt);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Text.Contains("Non-deterministic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_TextInterviewReplayedEveryEpisode_SameDecisionsAsBefore()
    {
        await using var harness = await InterviewHarness.StartAsync(alwaysReplay: true);
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null), default);

        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", view.Id, "q1", "Answer.", default)).Kind);
        await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        await harness.AdvanceAsync(TimeSpan.FromMinutes(3));
        await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q3", "q3 is asked after q2 times out");
        await harness.Interviews.EndAsync("ada", view.Id, default);
        await harness.WaitForAsync(view.Id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts");
        await harness.Interviews.EndAsync("ada", view.Id, default);

        var state = await harness.Workflows.WaitForCompletionAsync(new InstanceId(view.Id), new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        Assert.Equal(WorkflowStatus.Completed, state.Status);
        Assert.True(state.ReadOutputAs<InterviewOutcome>()!.EndedEarly);
        Assert.Equal([false, true, false], (await harness.Store.GetTurnsAsync(view.Id, default)).Take(3).Select(t => t.TimedOut));
    }
}
