using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>One whole interview through the HTTP API: start, answer each question shown (the answer chosen by the
/// test), end, answer the closing question, read the report.</summary>
internal sealed record InterviewRun(string Id, IReadOnlyList<JsonNode> Seen, IReadOnlyDictionary<string, string> Answers, JsonNode Report)
{
    public const string CandidateName = "Wilhelmina Quarrington";
    public const string ClosingAnswer = "What does the on-call rotation look like for the team?";

    /// <summary>The start request: a behavioral interview of a mid-level backend engineer.</summary>
    public static object Start { get; } = new { mode = "behavioral", candidateName = CandidateName, role = "Backend engineer", seniority = "mid" };

    /// <summary>Answers up to <paramref name="answers"/> questions with <paramref name="answer"/> (turn index, question
    /// shown → answer), then ends the question phase and answers the closing question.</summary>
    public static async Task<InterviewRun> RunAsync(InterviewApiClient api, int answers, Func<int, JsonNode, string> answer)
    {
        var view = await api.StartAsync(Start);
        var id = (string)view["id"]!;
        var seen = new List<JsonNode>();
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var turn = 0; turn < answers && (string?)view["phase"] == "questions"; turn++)
        {
            var question = view["question"]!.DeepClone();
            seen.Add(question);
            var questionId = (string)question["id"]!;
            var text = answer(turn, question);
            given[questionId] = text;
            var accepted = await api.AnswerAsync(id, questionId, text);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            view = await api.WaitForNextQuestionAsync(id, questionId);
        }

        if ((string?)view["phase"] == "questions")
        {
            Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        }

        view = await api.WaitForPhaseAsync(id, "summary");
        Assert.Equal("closing", (string?)view["question"]!["id"]);
        Assert.Equal(HttpStatusCode.Accepted, (await api.AnswerAsync(id, "closing", ClosingAnswer)).StatusCode);
        await api.WaitForPhaseAsync(id, "completed");

        var report = await api.Http.GetAsync($"/api/interviews/{id}/report");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        return new InterviewRun(id, seen, given, await InterviewApiClient.ReadJsonAsync(report));
    }

    /// <summary>The report's questions that were answered (the closing one aside).</summary>
    public IReadOnlyList<JsonNode> Answered =>
        [.. Report["questions"]!.AsArray().Where(q => (string?)q!["outcome"] == "answered").Select(q => q!)];
}
