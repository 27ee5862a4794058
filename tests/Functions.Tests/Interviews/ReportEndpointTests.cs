using System.Net;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Interviews;

[Collection(ApiCollection.Name)]
public sealed class ReportEndpointTests(ApiFixture fixture)
{
    private const string FillerAnswer =
        "Um, so basically I, you know, kind of handled it. I mean, um, it went fine, you know, and we basically moved on after that.";

    private const string HostileAnswer =
        "# Title\n[click](http://evil.example) <img src=x onerror=alert(1)> \u202Edesrever\u202C and \u0007 bell. " +
        "In my last job I rebuilt our deploy pipeline and cut release time from 2 hours to 15 minutes.";

    [Fact]
    public async Task Report_CompletedInterview_HasStatisticsStrongerAnswersAndSaysTheOfflineBrainScoredIt()
    {
        var api = fixture.ClientFor("report-user");
        var id = await TakeInterviewAsync(api);

        var report = await InterviewApiClient.ReadJsonAsync(await api.Http.GetAsync($"/api/interviews/{id}/report"));

        var statistics = report["statistics"]!;
        Assert.Equal(2, (int?)statistics["answers"]);
        Assert.True((int?)statistics["fillerWords"] >= 6, statistics.ToJsonString());
        Assert.Contains(statistics["topFillers"]!.AsArray(), f => (string?)f!["filler"] == "you know" && (int?)f["count"] == 2);
        Assert.StartsWith("Questions, scores and feedback: offline brain", (string?)report["sources"]!["description"], StringComparison.Ordinal);
        var first = report["questions"]![0]!;
        Assert.NotEmpty(first["strongerAnswer"]!.AsArray());
        Assert.True((int?)first["statistics"]!["words"] > 10);
        Assert.Contains(report["improvements"]!.AsArray(), h => h!["evidence"] is not null);
    }

    [Fact]
    public async Task Report_HostileAnswerInMarkdownAndHtml_IsEscapedAndCleaned()
    {
        var api = fixture.ClientFor("report-hostile-user");
        var id = await TakeInterviewAsync(api);

        var md = await (await api.Http.GetAsync($"/api/interviews/{id}/report?format=md")).Content.ReadAsStringAsync();
        var html = await (await api.Http.GetAsync($"/api/interviews/{id}/report?format=html")).Content.ReadAsStringAsync();

        Assert.Contains("Scored by: Questions, scores and feedback: offline brain (rules and the question bank, no AI model).", md, StringComparison.Ordinal);
        Assert.Contains("> \\# Title", md, StringComparison.Ordinal);
        Assert.Contains("\\[click\\](http://evil.example) &lt;img src=x onerror=alert(1)&gt;", md, StringComparison.Ordinal);
        Assert.Contains("## Length and filler words", md, StringComparison.Ordinal);
        Assert.Contains("A stronger answer would:", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        foreach (var text in new[] { md, html })
        {
            Assert.DoesNotContain('\u202E', text);
            Assert.DoesNotContain('\u0007', text);
        }
    }

    private static async Task<string> TakeInterviewAsync(InterviewApiClient api)
    {
        var view = await api.StartAsync(new { mode = "behavioral", candidateName = "Rae", role = "Backend engineer", seniority = "mid" });
        var id = (string)view["id"]!;
        foreach (var answer in new[] { HostileAnswer, FillerAnswer })
        {
            var questionId = (string)view["question"]!["id"]!;
            Assert.Equal(HttpStatusCode.Accepted, (await api.AnswerAsync(id, questionId, answer)).StatusCode);
            view = await api.WaitForNextQuestionAsync(id, questionId);
        }

        Assert.Equal(HttpStatusCode.Accepted, (await api.EndAsync(id)).StatusCode);
        await api.WaitForPhaseAsync(id, "summary");
        Assert.Equal(HttpStatusCode.Accepted, (await api.AnswerAsync(id, "closing", "No questions, thank you.")).StatusCode);
        await api.WaitForPhaseAsync(id, "completed");
        return id;
    }
}
