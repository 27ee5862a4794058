using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Workflow;

public sealed class VoiceModeTests
{
    [Fact]
    public async Task SwitchToTextAsync_WhileWaitingForSpeech_TextModeShownAndFullAnswerTimeToType()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(5));
        var at = harness.Clock.GetUtcNow();

        var switched = await harness.Interviews.SwitchToTextAsync(view.Id, "The speech worker did not answer within 5 s.", default);
        var again = await harness.Interviews.SwitchToTextAsync(view.Id, "Still down.", default);

        Assert.Equal(new VoiceModeAccepted(view.Id, AnswerMode.Text, true), switched.Value);
        Assert.Equal(new VoiceModeAccepted(view.Id, AnswerMode.Text, false), again.Value);
        var shown = (await harness.Interviews.GetAsync("ada", view.Id, default))!;
        Assert.Equal(AnswerMode.Text, shown.AnswerMode);
        Assert.Equal(VoiceView.UnavailableMessage, shown.Voice!.Message);
        Assert.Equal("The speech worker did not answer within 5 s.", shown.Voice.Reason);
        Assert.Equal(new VoiceModeChange(at, AnswerMode.Text, "The speech worker did not answer within 5 s."), Assert.Single(shown.Voice.Changes));
        Assert.Null(shown.Question!.ThinkingDueAt);
        Assert.Equal(at.AddMinutes(3), shown.Question.AnswerDueAt);

        // The thinking deadline no longer applies: a typed answer a minute later is accepted.
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", view.Id, "q1", "Typed answer.", default)).Kind);
        var next = await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        Assert.Null(next.Current!.ThinkingDueAt);
        Assert.Equal(AnsweredBy.TypedWhileVoiceDown, Assert.Single(await harness.Store.GetTurnsAsync(view.Id, default)).By);
    }

    [Fact]
    public async Task ResumeVoiceAsync_AfterTextMode_NextQuestionsAnsweredByVoiceAgain()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        await harness.Interviews.SwitchToTextAsync(view.Id, null, default);

        var resumed = await harness.Interviews.ResumeVoiceAsync(view.Id, default);
        var again = await harness.Interviews.ResumeVoiceAsync(view.Id, default);

        Assert.True(resumed.Value!.Changed);
        Assert.False(again.Value!.Changed);
        var shown = (await harness.Interviews.GetAsync("ada", view.Id, default))!;
        Assert.Equal(AnswerMode.Voice, shown.AnswerMode);
        Assert.Null(shown.Voice!.Message);
        Assert.Equal([AnswerMode.Text, AnswerMode.Voice], shown.Voice.Changes.Select(c => c.To));
        Assert.Equal(InterviewService.DefaultTextModeReason, shown.Voice.Changes[0].Reason);
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", view.Id, "q1", "Typed.", default)).Kind);
        var next = await harness.WaitForAsync(view.Id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        Assert.Equal(harness.Clock.GetUtcNow().AddSeconds(20), next.Current!.ThinkingDueAt);
    }

    [Fact]
    public async Task Report_VoiceInterview_DeliverySectionOutagesAndTypedAnswers()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await StartVoiceAsync(harness);
        var id = view.Id;
        await Answer(harness, id, "q1", spoken: true);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        await harness.AdvanceAsync(TimeSpan.FromSeconds(10));
        var downAt = harness.Clock.GetUtcNow();
        await harness.Interviews.SwitchToTextAsync(id, "The speech worker did not answer in time.", default);
        await Answer(harness, id, "q2", spoken: false);

        // q3 is asked in text mode (no thinking limit); voice is back while the candidate is on it.
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q3", "q3 is asked");
        await harness.AdvanceAsync(TimeSpan.FromSeconds(30));
        var upAt = harness.Clock.GetUtcNow();
        await harness.Interviews.ResumeVoiceAsync(id, default);
        await Answer(harness, id, "q3", spoken: true);
        await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts");
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", id, AskedQuestion.ClosingId, "No questions.", default)).Kind);

        var report = (await harness.WaitForAsync(id, r => r.Phase == InterviewPhase.Completed, "the interview completes")).Report!;

        Assert.Equal([AnsweredBy.Spoken, AnsweredBy.TypedWhileVoiceDown, AnsweredBy.Spoken], report.Questions.Take(3).Select(q => q.AnsweredBy));
        Assert.NotNull(report.Questions[0].Delivery);
        Assert.Null(report.Questions[1].Delivery);
        Assert.Equal(2, report.Delivery!.SpokenAnswers);
        Assert.Equal(new ReportVoiceOutage(downAt, upAt, "The speech worker did not answer in time."), Assert.Single(report.Voice!.Outages));
        Assert.Equal([2], report.Voice.TypedWhileVoiceDown);
        Assert.Equal([1, 3], report.Voice.SpokenAnswers);

        var md = MarkdownReportRenderer.Render(report);
        Assert.Contains("## Delivery", md, StringComparison.Ordinal);
        Assert.Contains("- Pace: ", md, StringComparison.Ordinal);
        Assert.Contains("Voice was unavailable from 09:00:10 UTC to 09:00:40 UTC (The speech worker did not answer in time.)", md, StringComparison.Ordinal);
        Assert.Contains("Typed because voice was unavailable: question 2", md, StringComparison.Ordinal);
        Assert.Matches(@"- Delivery: pace 15\d(\.\d)? words per minute while speaking", md);
        var html = HtmlReportRenderer.Render(report);
        Assert.Contains("<h2>Delivery</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">Typed because voice was unavailable</p>", html, StringComparison.Ordinal);
        Assert.Matches(@"<p class=""meta"">Delivery: pace 15\d(\.\d)? words per minute while speaking", html);
    }

    [Fact]
    public async Task Report_TextInterview_NoDeliveryInvented()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null), default);
        foreach (var question in new[] { "q1", "q2", "q3" })
        {
            await Answer(harness, view.Id, question, spoken: false);
        }

        await harness.WaitForAsync(view.Id, r => r.Phase == InterviewPhase.Summary, "the summary phase starts");
        await harness.Interviews.EndAsync("ada", view.Id, default);
        var report = (await harness.WaitForAsync(view.Id, r => r.Phase == InterviewPhase.Completed, "the interview completes")).Report!;

        Assert.Null(report.Delivery);
        Assert.Null(report.Voice);
        Assert.All(report.Questions, q => Assert.Null(q.AnsweredBy));
        Assert.DoesNotContain("## Delivery", MarkdownReportRenderer.Render(report), StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Delivery</h2>", HtmlReportRenderer.Render(report), StringComparison.Ordinal);
    }

    private static async Task Answer(InterviewHarness harness, string id, string questionId, bool spoken)
    {
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == questionId, $"{questionId} is current");
        var result = spoken
            ? await harness.Interviews.SubmitSpokenAnswerAsync("ada", id, questionId, SpokenSamples.Answer("in my last role I led the migration of our billing service and we cut costs by half in three months"), default)
            : await harness.Interviews.SubmitAnswerAsync("ada", id, questionId, $"Typed answer to {questionId}.", default);
        Assert.Equal(InterviewResultKind.Ok, result.Kind);
    }

    private static Task<InterviewView> StartVoiceAsync(InterviewHarness harness) =>
        harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null, AnswerMode.Voice), default);
}
