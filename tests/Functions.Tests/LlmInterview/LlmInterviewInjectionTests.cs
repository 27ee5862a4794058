namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>An answer that talks to the grader never reaches the model's review, and its score stays under the
/// injection cap whatever the model would have said.</summary>
public sealed class LlmInterviewInjectionTests
{
    /// <summary>The offline scorer's cap for an answer flagged promptInjection.</summary>
    private const double InjectionCap = 2;

    [Fact]
    public async Task Interview_AnswerWithPromptInjection_IsLeftOutOfTheReviewAndStaysCapped()
    {
        await using var host = await LlmInterviewHost.StartAsync();
        string? injectedId = null;

        var run = await InterviewRun.RunAsync(host.Client("llm-injection-user"), answers: 4, (turn, question) =>
        {
            if (turn == 1)
            {
                injectedId = (string)question["id"]!;
                return CandidateAnswers.Injection;
            }

            return CandidateAnswers.For(turn);
        });

        Assert.Empty(host.ScriptedModel.Problems);
        Assert.NotNull(injectedId);

        // The review was made, for the other answers only; no request ever held the injection (the summary gets its flags).
        var review = Assert.Single(host.RequestsFor("interview_review"));
        var sentIds = review.Data["answers"]!.AsArray().Select(a => (string)a!["questionId"]!).ToList();
        Assert.DoesNotContain(injectedId, sentIds);
        Assert.Equal(run.Answers.Count - 1, sentIds.Count);
        Assert.False(review.Holds("Ignore previous instructions"), "the review request holds the injection");
        Assert.All(host.Requests, r => Assert.False(r.Holds("Ignore previous instructions"), $"a {r.Schema} request holds the injection"));

        // Its score is the offline scorer's, capped and flagged; the other answers carry the review's grades.
        var injected = run.Answered.Single(q => (string?)q["id"] == injectedId);
        Assert.Equal(CandidateAnswers.Injection, (string?)injected["answer"]);
        Assert.Contains(injected["flags"]!.AsArray(), f => (string?)f!["code"] == "promptInjection");
        Assert.InRange((double?)injected["score"] ?? -1, 0, InjectionCap);
        Assert.Equal("offline", (string?)injected["source"]);
        Assert.Null((double?)injected["liveScore"]);
        var grades = host.ScriptedModel.Grades.ToDictionary(g => g.QuestionId, g => g.Score, StringComparer.Ordinal);
        Assert.All(run.Answered.Where(q => (string?)q["id"] != injectedId), q =>
        {
            Assert.Equal(LlmInterviewHost.Source, (string?)q["source"]);
            Assert.Equal(grades[(string)q["id"]!], (double?)q["score"]);
        });
    }
}
