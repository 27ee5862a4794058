using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Workflow;

public sealed class AnswerEndRaceTests
{
    [Fact]
    public async Task SubmitAnswerAndEnd_AtTheSameTime_AnAcceptedAnswerIsNeverLost()
    {
        await using var harness = await InterviewHarness.StartAsync();
        for (var round = 0; round < 200; round++)
        {
            var view = await harness.Interviews.StartAsync(new StartInterview("ada", InterviewMode.Behavioral, new CandidateProfile(), null), default);
            var questionId = view.Question!.Id;
            var text = $"Answer given while ending, round {round}.";

            var answer = Task.Run(() => harness.Interviews.SubmitAnswerAsync("ada", view.Id, questionId, text, default));
            var end = Task.Run(() => harness.Interviews.EndAsync("ada", view.Id, default));
            var (answered, ended) = (await answer, await end);

            Assert.Equal(InterviewResultKind.Ok, ended.Kind);
            await harness.WaitForAsync(view.Id, r => r.Phase == InterviewPhase.Summary, $"round {round} reaches the summary");
            var turns = await harness.Store.GetTurnsAsync(view.Id, default);
            var first = turns.Single(t => t.Asked.Question.Id == questionId);
            if (answered.Kind == InterviewResultKind.Ok)
            {
                Assert.Equal(text, first.Answer);
            }
            else
            {
                Assert.Equal(InterviewResultKind.Conflict, answered.Kind);
                Assert.Null(first.Answer);
            }
        }
    }
}
