using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Workflow;

/// <summary>A spoken answer that arrives just before the deadline holds the question open while it is transcribed.</summary>
public sealed class SpokenAnswerHoldTests
{
    private static readonly TimeSpan AnswerTime = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SpokenAnswerArrivedAsync_BeforeDeadline_TranscriptAfterDeadlineAccepted(bool alwaysReplay)
    {
        await using var harness = await InterviewHarness.StartAsync(alwaysReplay);
        var id = await StartAnsweringAsync(harness);
        await harness.AdvanceAsync(AnswerTime - TimeSpan.FromSeconds(2));
        var arrivedAt = harness.Clock.GetUtcNow();

        var arrival = await harness.Interviews.SpokenAnswerArrivedAsync("ada", id, "q1", Hold, default);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(10));
        var spoken = SpokenSamples.Answer("I moved our billing to the cloud and halved its cost");
        var accepted = await harness.Interviews.SubmitSpokenAnswerAsync("ada", id, "q1", spoken, arrival.Value, default);

        Assert.Equal(InterviewResultKind.Ok, arrival.Kind);
        Assert.Equal(arrivedAt, arrival.Value!.ArrivedAt);
        Assert.Equal(arrivedAt + Hold, arrival.Value.AcceptUntil);
        Assert.True(accepted.Kind == InterviewResultKind.Ok, accepted.Detail);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q2", "q2 is asked after the held answer");
        var turn = Assert.Single(await harness.Store.GetTurnsAsync(id, default));
        Assert.False(turn.TimedOut);
        Assert.Equal(spoken.Text, turn.Answer);
    }

    [Fact]
    public async Task SpokenAnswerArrivedAsync_TranscriptNeverComes_QuestionTimesOutAtHoldEnd()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var id = await StartAnsweringAsync(harness);
        await harness.AdvanceAsync(AnswerTime - TimeSpan.FromSeconds(2));
        var arrival = await harness.Interviews.SpokenAnswerArrivedAsync("ada", id, "q1", Hold, default);

        await harness.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("q1", (await harness.Store.GetAsync(id, default))!.Current!.Question.Id);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(5));
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q2", "q2 is asked when the hold ends");
        var late = await harness.Interviews.SubmitSpokenAnswerAsync("ada", id, "q1", SpokenSamples.Answer("too late"), arrival.Value, default);

        Assert.True(Assert.Single(await harness.Store.GetTurnsAsync(id, default)).TimedOut);
        Assert.Equal(InterviewResultKind.Conflict, late.Kind);
    }

    [Fact]
    public async Task SpokenAnswerArrivedAsync_AfterDeadline_RefusedAndNothingHeld()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var id = await StartAnsweringAsync(harness);
        await harness.AdvanceAsync(AnswerTime);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q2", "q2 is asked at q1's deadline");

        var arrival = await harness.Interviews.SpokenAnswerArrivedAsync("ada", id, "q1", Hold, default);

        Assert.Equal(InterviewResultKind.Conflict, arrival.Kind);
    }

    /// <summary>Starts a voice interview and the answer to q1 now; returns its id.</summary>
    private static async Task<string> StartAnsweringAsync(InterviewHarness harness)
    {
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null, AnswerMode.Voice), default);
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SpeechStartedAsync("ada", view.Id, "q1", default)).Kind);
        return view.Id;
    }
}
