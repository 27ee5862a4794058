using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Service;

/// <summary><see cref="InterviewService.UpcomingQuestionsAsync"/> on the real workflow with the scripted brain (plan
/// q1, q2, q3; an answer with "more" gets a follow-up).</summary>
public sealed class UpcomingQuestionsTests
{
    private static readonly string Closing = AskedQuestion.Closing.Text;

    [Fact]
    public async Task UpcomingQuestionsAsync_AsTheInterviewGoesOn_PlannedNotYetAskedThenClosing()
    {
        await using var harness = await InterviewHarness.StartAsync();
        var id = (await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null, AnswerMode.Voice), default)).Id;

        Assert.Equal(["Question q2?", "Question q3?", Closing], await harness.Interviews.UpcomingQuestionsAsync("ada", id, 5, default));
        Assert.Equal(["Question q2?"], await harness.Interviews.UpcomingQuestionsAsync("ada", id, 1, default));

        // A follow-up is decided from the answer: it never counts as planned, and the plan ahead stays as it was.
        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", id, "q1", "Tell me more.", default)).Kind);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q1-f1", "the follow-up is asked");
        Assert.Equal(["Question q2?", "Question q3?"], await harness.Interviews.UpcomingQuestionsAsync("ada", id, 2, default));

        Assert.Equal(InterviewResultKind.Ok, (await harness.Interviews.SubmitAnswerAsync("ada", id, "q1-f1", "Done.", default)).Kind);
        await harness.WaitForAsync(id, r => r.Current?.Question.Id == "q2", "q2 is asked");
        Assert.Equal(["Question q3?", Closing], await harness.Interviews.UpcomingQuestionsAsync("ada", id, 5, default));
    }

    [Theory]
    [InlineData("mallory", 2)]
    [InlineData("ada", 0)]
    public async Task UpcomingQuestionsAsync_AnotherCallerOrNoneWanted_Nothing(string owner, int count)
    {
        await using var harness = await InterviewHarness.StartAsync();
        var id = (await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile("Ada"), null), default)).Id;

        Assert.Empty(await harness.Interviews.UpcomingQuestionsAsync(owner, id, count, default));
        Assert.Empty(await harness.Interviews.UpcomingQuestionsAsync("ada", "not-an-interview", 2, default));
    }
}
