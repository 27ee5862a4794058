using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Workflow;

public sealed class VoiceTurnTakingTests
{
    private static readonly TimeSpan Thinking = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task StartAsync_Voice_ViewShowsTurnTakingSettingsAndThinkingDeadline()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var now = harness.Clock.GetUtcNow();

        var view = await StartVoiceAsync(harness);

        Assert.Equal(AnswerMode.Voice, view.AnswerMode);
        Assert.Equal(20, view.Voice!.ThinkingSeconds);
        Assert.Equal(3, view.Voice.EndOfTurnSilenceSeconds);
        Assert.Null(view.Voice.Message);
        Assert.Equal(now + Thinking, view.Question!.ThinkingDueAt);
        Assert.Equal(now.AddMinutes(3), view.Question.AnswerDueAt);
        Assert.Equal(20, view.TimeLeft.AnswerSeconds);
    }

    [Fact]
    public async Task Run_NoSpeechWithinThinkingTime_QuestionTimesOutAndNextHasItsOwnThinkingTime()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);

        await harness.AdvanceAsync(Thinking - TimeSpan.FromSeconds(1));
        Assert.Equal("q1", (await harness.Store.GetAsync(view.Id, default))!.Current!.Question.Id);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));

        var next = await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked after q1's thinking time");
        Assert.Equal(harness.Clock.GetUtcNow() + Thinking, next.Current!.ThinkingDueAt);
        var turn = Assert.Single(await harness.Store.GetTurnsAsync(view.Id, default));
        Assert.True(turn.TimedOut);
        Assert.Empty(harness.Brain.Evaluated);
    }

    [Fact]
    public async Task SpeechStartedAsync_WithinThinkingTime_AnswerTimeRunsFromTheStart()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(10));
        var startedAt = harness.Clock.GetUtcNow();

        var started = await harness.Interviews.SpeechStartedAsync("ada", view.Id, "q1", default);
        var again = await harness.Interviews.SpeechStartedAsync("ada", view.Id, "q1", default);

        Assert.Equal(InterviewResultKind.Ok, started.Kind);
        Assert.Equal(startedAt.AddMinutes(3), started.Value!.AnswerDueAt);
        Assert.Equal(started.Value, again.Value);
        var shown = (await harness.Interviews.GetAsync("ada", view.Id, default))!;
        Assert.Null(shown.Question!.ThinkingDueAt);
        Assert.Equal(startedAt, shown.Question.AnsweringStartedAt);
        Assert.Equal(startedAt.AddMinutes(3), shown.Question.AnswerDueAt);

        // Past the thinking deadline the started question is still open, until the answer time from its start.
        await harness.AdvanceAsync(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(1));
        Assert.Equal("q1", (await harness.Store.GetAsync(view.Id, default))!.Current!.Question.Id);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));
        await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked when q1's answer time from its start runs out");
        var turn = Assert.Single(await harness.Store.GetTurnsAsync(view.Id, default));
        Assert.True(turn.TimedOut);
        Assert.Equal(startedAt.AddMinutes(3), turn.Asked.AnswerDueAt);
        Assert.Equal(startedAt, turn.Asked.AnsweringStartedAt);
    }

    [Fact]
    public async Task SpeechStartedAsync_AfterThinkingDeadline_Refused()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        harness.Clock.Advance(Thinking);

        var late = await harness.Interviews.SpeechStartedAsync("ada", view.Id, "q1", default);
        var answer = await harness.Interviews.SubmitAnswerAsync("ada", view.Id, "q1", "Too late.", default);

        Assert.Equal(InterviewResultKind.Conflict, late.Kind);
        Assert.Contains("time to start answering", late.Detail, StringComparison.Ordinal);
        Assert.Equal(InterviewResultKind.Conflict, answer.Kind);
    }

    [Fact]
    public async Task SubmitSpokenAnswerAsync_Voice_TurnStoresAnalyticsAndBrainGetsDelivery()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        var spoken = SpokenSamples.Answer("um I led the migration you know and we cut costs by half");

        var accepted = await harness.Interviews.SubmitSpokenAnswerAsync("ada", view.Id, "q1", spoken, default);

        Assert.Equal(InterviewResultKind.Ok, accepted.Kind);
        await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        var turn = Assert.Single(await harness.Store.GetTurnsAsync(view.Id, default));
        Assert.Equal(spoken.Text, turn.Answer);
        Assert.Equal(AnsweredBy.Spoken, turn.By);
        Assert.Equal(13, turn.Delivery!.Words);
        Assert.Equal(2, turn.Delivery.FillerWords);
        Assert.Equal(2, turn.Delivery.TimeToFirstWordSeconds);
        Assert.True(turn.Delivery.EndedBySilence);
        Assert.Equal("pocketsphinx", turn.Delivery.Engine);
        Assert.Equivalent(turn.Delivery, Assert.Single(harness.Brain.EvaluationRequests).Delivery, strict: true);
        var transcript = Assert.Single((await harness.Interviews.GetAsync("ada", view.Id, default))!.Transcript);
        Assert.Equivalent(turn.Delivery, transcript.Delivery, strict: true);
        Assert.Equal(AnsweredBy.Spoken, transcript.By);
    }

    [Fact]
    public async Task SubmitSpokenAnswerAsync_WrongQuestionOrAnsweredTwice_RefusedLikeText()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        var spoken = SpokenSamples.Answer("I did it");

        var wrong = await harness.Interviews.SubmitSpokenAnswerAsync("ada", view.Id, "q2", spoken, default);
        var first = await harness.Interviews.SubmitSpokenAnswerAsync("ada", view.Id, "q1", spoken, default);
        var second = await harness.Interviews.SubmitSpokenAnswerAsync("ada", view.Id, "q1", spoken, default);
        var stranger = await harness.Interviews.SubmitSpokenAnswerAsync("eve", view.Id, "q1", spoken, default);

        Assert.Equal(InterviewResultKind.Conflict, wrong.Kind);
        Assert.Equal(InterviewResultKind.Ok, first.Kind);
        Assert.Equal(InterviewResultKind.Conflict, second.Kind);
        Assert.Equal(InterviewResultKind.NotFound, stranger.Kind);
    }

    [Fact]
    public async Task TextInterview_NoThinkingLimitAndVoiceCallsRefused()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null), default);

        var started = await harness.Interviews.SpeechStartedAsync("ada", view.Id, "q1", default);
        var spoken = await harness.Interviews.SubmitSpokenAnswerAsync("ada", view.Id, "q1", SpokenSamples.Answer("hello"), default);
        var toText = await harness.Interviews.SwitchToTextAsync(view.Id, "test", default);

        Assert.Equal(AnswerMode.Text, view.AnswerMode);
        Assert.Null(view.Voice);
        Assert.Null(view.Question!.ThinkingDueAt);
        Assert.Equal(InterviewResultKind.Conflict, started.Kind);
        Assert.Equal(InterviewResultKind.Conflict, spoken.Kind);
        Assert.Equal(InterviewResultKind.Conflict, toText.Kind);
        await harness.AdvanceAsync(Thinking);
        Assert.Equal("q1", (await harness.Store.GetAsync(view.Id, default))!.Current!.Question.Id);
    }

    private static Task<InterviewView> StartVoiceAsync(InterviewHarness harness) =>
        harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null, AnswerMode.Voice), default);
}
