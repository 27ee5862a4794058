using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Interviews;

[Collection(ApiCollection.Name)]
public sealed class InterviewLifecycleTests(ApiFixture fixture)
{
    private const string StoryAnswer =
        "In 2023 our checkout service at a retailer was timing out during sales. As the lead engineer I profiled it, found an N+1 query, " +
        "added a Redis cache and batched the calls. I wrote the runbook and paired with two juniors. Latency fell from 900 ms to 120 ms " +
        "and conversion rose by 4%. I learned to measure before optimising.";

    [Fact]
    public async Task Interview_AnswersTimeoutEndAndClosing_CompletesWithReportInAllFormats()
    {
        var api = fixture.ClientFor("lifecycle-user");
        var started = await api.StartAsync(new { mode = "behavioral", candidateName = "Ada <script>alert(1)</script>", role = "Backend engineer", seniority = "mid" });
        var id = (string)started["id"]!;
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal("questions", (string?)started["phase"]);
        Assert.Equal(1, (int?)started["question"]!["number"]);
        Assert.Equal(180, (int?)started["timeLeft"]!["answerSeconds"]);
        Assert.Equal(900, (int?)started["timeLeft"]!["phaseSeconds"]);
        Assert.Equal(1200, (int?)started["timeLeft"]!["totalSeconds"]);

        // Answer a few questions; short, general answers on the topic draw follow-ups.
        var view = started;
        var sawFollowUp = false;
        for (var i = 0; i < 4; i++)
        {
            var questionId = (string)view["question"]!["id"]!;
            var answer = await api.AnswerAsync(id, questionId, i % 2 == 0 ? Vague((string)view["question"]!["text"]!) : StoryAnswer);
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            var accepted = await InterviewApiClient.ReadJsonAsync(answer);
            Assert.Equal(questionId, (string?)accepted["questionId"]);
            Assert.True((bool?)accepted["accepted"]);
            view = await api.WaitForNextQuestionAsync(id, questionId);
            Assert.Equal("questions", (string?)view["phase"]);
            sawFollowUp |= (bool?)view["question"]!["isFollowUp"] == true;
        }

        Assert.True(sawFollowUp, "Expected at least one follow-up after vague answers.");
        Assert.Equal(4, view["transcript"]!.AsArray().Count);
        Assert.Equal(Vague((string)started["question"]!["text"]!), (string?)view["transcript"]![0]!["answer"]);

        // Leave the current question unanswered until its deadline.
        var unanswered = (string)view["question"]!["id"]!;
        var due = DateTimeOffset.Parse((string)view["question"]!["answerDueAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        await fixture.AdvanceToAsync(due);
        view = await api.WaitForNextQuestionAsync(id, unanswered);
        var timedOut = view["transcript"]!.AsArray().Single(t => (string?)t!["questionId"] == unanswered)!;
        Assert.True((bool?)timedOut["timedOut"]);
        Assert.Null((string?)timedOut["answer"]);

        // End early: the question phase ends, the summary phase asks the closing question.
        var end = await api.EndAsync(id);
        Assert.Equal(HttpStatusCode.Accepted, end.StatusCode);
        Assert.Equal("questions", (string?)(await InterviewApiClient.ReadJsonAsync(end))["ending"]);
        view = await api.WaitForPhaseAsync(id, "summary");
        Assert.Equal("closing", (string?)view["question"]!["id"]);
        Assert.NotNull(view["summary"]);
        Assert.NotNull(view["summary"]!["overallScore"]);

        var closing = await api.AnswerAsync(id, "closing", "What does the on-call rotation look like?");
        Assert.Equal(HttpStatusCode.Accepted, closing.StatusCode);
        view = await api.WaitForPhaseAsync(id, "completed");
        Assert.Null(view["question"]);
        Assert.Equal($"/api/interviews/{id}/report", (string?)view["reportUrl"]);

        var json = await fixture.CreateClient().SendAsync(WithUser(HttpMethod.Get, $"/api/interviews/{id}/report", "lifecycle-user"));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        var report = await InterviewApiClient.ReadJsonAsync(json);
        Assert.Equal(id, (string?)report["interviewId"]);
        Assert.True((bool?)report["endedEarly"]);
        var questions = report["questions"]!.AsArray();
        Assert.Equal(7, questions.Count);
        Assert.Equal("timedOut", (string?)questions.Single(q => (string?)q!["id"] == unanswered)!["outcome"]);
        Assert.Equal("skipped", (string?)questions[5]!["outcome"]);
        Assert.Equal("unscored", (string?)questions[6]!["outcome"]);
        Assert.NotNull(questions[0]!["score"]);
        Assert.Equal("offline", (string?)report["sources"]!["plan"]);
        Assert.Equal("offline", (string?)report["sources"]!["summary"]);

        var markdown = await api.Http.GetAsync($"/api/interviews/{id}/report?format=md");
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        var md = await markdown.Content.ReadAsStringAsync();
        Assert.Contains("# Interview report: Ada &lt;script&gt;", md, StringComparison.Ordinal);
        Assert.Contains("## Questions", md, StringComparison.Ordinal);

        var html = await api.Http.GetAsync($"/api/interviews/{id}/report?format=html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        var page = await html.Content.ReadAsStringAsync();
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("@media print", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);

        // After the end, answers are refused and nothing changes.
        var before = await api.GetRawAsync(id);
        await Problems.AssertAsync(await api.AnswerAsync(id, "closing", "late"), HttpStatusCode.Conflict);
        await Problems.AssertAsync(await api.EndAsync(id), HttpStatusCode.Conflict);
        Assert.Equal(before, await api.GetRawAsync(id));
    }

    [Fact]
    public async Task Interview_ClockPastQuestionAndSummaryDeadlines_MovesToSummaryThenCompletes()
    {
        var api = fixture.ClientFor("deadline-user");
        var started = await api.StartAsync(new { mode = "screening", durationMinutes = 10 });
        var id = (string)started["id"]!;
        Assert.Equal(120, (int?)started["timeLeft"]!["answerSeconds"]);
        Assert.Equal(450, (int?)started["timeLeft"]!["phaseSeconds"]);
        var questionsEndAt = DateTimeOffset.Parse((string)started["deadlines"]!["questionsEndAt"]!, System.Globalization.CultureInfo.InvariantCulture);

        // Nobody answers: each question times out until the question phase is over.
        var view = started;
        for (var guard = 0; (string?)view["phase"] == "questions" && guard < 20; guard++)
        {
            var question = view["question"]!;
            var due = DateTimeOffset.Parse((string)question["answerDueAt"]!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(due <= questionsEndAt, "No answer deadline is after the end of the question phase.");
            await fixture.AdvanceToAsync(due);
            view = await api.WaitForNextQuestionAsync(id, (string)question["id"]!);
        }

        view = await api.WaitForPhaseAsync(id, "summary");
        Assert.All(view["transcript"]!.AsArray(), t => Assert.True((bool?)t!["timedOut"]));
        var endsAt = DateTimeOffset.Parse((string)view["deadlines"]!["endsAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(endsAt, DateTimeOffset.Parse((string)view["question"]!["answerDueAt"]!, System.Globalization.CultureInfo.InvariantCulture));

        await fixture.AdvanceToAsync(endsAt);
        view = await api.WaitForPhaseAsync(id, "completed");
        var report = await InterviewApiClient.ReadJsonAsync(await api.Http.GetAsync($"/api/interviews/{id}/report"));
        Assert.False((bool?)report["endedEarly"]);
        Assert.All(report["questions"]!.AsArray().Where(q => (string?)q!["category"] != "closing"), q => Assert.Equal("timedOut", (string?)q!["outcome"]));
    }

    [Fact]
    public async Task End_InSummaryPhase_WritesReportWithoutClosingAnswer()
    {
        var api = fixture.ClientFor("end-twice-user");
        var id = (string)(await api.StartAsync())["id"]!;
        Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        await api.WaitForPhaseAsync(id, "summary");

        var second = await api.EndAsync(id);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal("summary", (string?)(await InterviewApiClient.ReadJsonAsync(second))["ending"]);
        var view = await api.WaitForPhaseAsync(id, "completed");
        Assert.Equal("skipped", (string?)(await InterviewApiClient.ReadJsonAsync(await api.Http.GetAsync($"/api/interviews/{id}/report")))["questions"]![0]!["outcome"]);
        Assert.Equal(2, view["transcript"]!.AsArray().Count);
    }

    private static string Vague(string question) => $"About that: {question.TrimEnd('?')}. I think I handled it with my team once and it went fine.";

    private static HttpRequestMessage WithUser(HttpMethod method, string url, string user)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("X-User-Id", user);
        return request;
    }
}
