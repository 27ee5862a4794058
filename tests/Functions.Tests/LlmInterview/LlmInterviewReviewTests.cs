using System.Text.Json.Nodes;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>A whole interview with the LLM brain through the HTTP API: the model words the questions and follow-ups
/// without seeing any answer or the candidate's name, grades all answers in one review at the end, and the report
/// carries its grades beside the live offline scores.</summary>
public sealed class LlmInterviewReviewTests
{
    [Fact]
    public async Task Interview_LlmBrain_QuestionsAreTheModelsWordingsAndTheReportHoldsTheReviewsGrades()
    {
        await using var host = await LlmInterviewHost.StartAsync();
        var model = host.ScriptedModel;

        var run = await InterviewRun.RunAsync(host.Client("llm-review-user"), answers: 6, (turn, _) => CandidateAnswers.For(turn));

        Assert.Empty(model.Problems);

        // What the candidate saw: every main question and every follow-up in the model's words.
        Assert.Equal(6, run.Seen.Count);
        foreach (var question in run.Seen)
        {
            var text = (string)question["text"]!;
            var prefix = (bool?)question["isFollowUp"] == true ? ScriptedModel.FollowUpPrefix : ScriptedModel.QuestionPrefix;
            Assert.StartsWith(prefix, text, StringComparison.Ordinal);
            Assert.Contains(text, model.Wordings.Keys);
        }

        Assert.Contains(run.Seen, q => (bool?)q["isFollowUp"] == true);

        // The calls: wordings at the start and for follow-ups, then one review and one summary; nothing graded live.
        var wordings = host.RequestsFor("question_wording");
        var followUps = host.RequestsFor("follow_up_wording");
        Assert.True(wordings.Count >= run.Seen.Count(q => (bool?)q["isFollowUp"] != true), $"{wordings.Count} question wordings");
        Assert.Equal(run.Seen.Count(q => (bool?)q["isFollowUp"] == true), followUps.Count);
        Assert.Single(host.RequestsFor("interview_review"));
        Assert.Single(host.RequestsFor("interview_summary"));
        Assert.Equal(wordings.Count + followUps.Count + 2, host.Requests.Count);

        // The wording requests never carry an answer, a project an answer names, or the candidate's name.
        foreach (var request in wordings.Concat(followUps))
        {
            Assert.False(request.Holds(InterviewRun.CandidateName), $"a {request.Schema} request holds the candidate's name");
            Assert.All(run.Answers.Values, a => Assert.False(request.Holds(a), $"a {request.Schema} request holds an answer: {a}"));
            Assert.All(CandidateAnswers.Projects, p => Assert.False(request.Holds(p), $"a {request.Schema} request names {p}"));
        }

        // The review got every answer, verbatim, under its question id.
        var review = host.RequestsFor("interview_review")[0];
        var sent = review.Data["answers"]!.AsArray().ToDictionary(a => (string)a!["questionId"]!, a => (string)a!["answer"]!);
        Assert.Equal(run.Answers.OrderBy(a => a.Key, StringComparer.Ordinal), sent.OrderBy(a => a.Key, StringComparer.Ordinal));

        // The report: the review's grade is final, the live offline score is shown beside it.
        var grades = model.Grades.ToDictionary(g => g.QuestionId, g => g.Score, StringComparer.Ordinal);
        var answered = run.Answered;
        Assert.Equal(run.Answers.Keys.Order(StringComparer.Ordinal), answered.Select(q => (string)q["id"]!).Order(StringComparer.Ordinal));
        foreach (var question in answered)
        {
            var id = (string)question["id"]!;
            Assert.Equal(grades[id], (double?)question["score"]);
            Assert.Equal(LlmInterviewHost.Source, (string?)question["source"]);
            Assert.Equal(ScriptedModel.Feedback(id), (string?)question["feedback"]);
            Assert.Equal("offline", (string?)question["liveSource"]);
            Assert.InRange((double?)question["liveScore"] ?? -1, 0, 10);
            var prefix = (bool?)question["isFollowUp"] == true ? ScriptedModel.FollowUpPrefix : ScriptedModel.QuestionPrefix;
            Assert.StartsWith(prefix, (string)question["text"]!, StringComparison.Ordinal);
            Assert.Contains($"by the LLM ({LlmInterviewHost.Provider}/{LlmInterviewHost.Model})", (string?)question["rationale"], StringComparison.Ordinal);
        }

        Assert.Contains(answered, q => (double?)q["liveScore"] != (double?)q["score"]);
        var sources = run.Report["sources"]!;
        Assert.Equal("llm", (string?)sources["plan"]);
        Assert.Equal([LlmInterviewHost.Source], sources["evaluations"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(LlmInterviewHost.Source, (string?)sources["summary"]);
        Assert.Contains($"graded at the end by LLM ({LlmInterviewHost.Provider}/{LlmInterviewHost.Model}), whose grades are final", (string?)sources["description"], StringComparison.Ordinal);

        // The summary is the model's, and its quote is the candidate's own words.
        Assert.Equal(ScriptedModel.Narrative, (string?)run.Report["narrative"]);
        var (quote, quotedId) = model.Quote!.Value;
        Assert.Contains(quote, run.Answers[quotedId], StringComparison.Ordinal);
        Assert.Contains(run.Report["strengths"]!.AsArray(), s => (string?)s!["evidence"] == quote && (string?)s["questionId"] == quotedId);
    }
}
