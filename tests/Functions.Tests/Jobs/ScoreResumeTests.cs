using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Resumes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Jobs;

/// <summary>POST /api/resumes/{id}/score with an inline job description, a stored one, or none.</summary>
public sealed class ScoreResumeTests(ResumeApiFixture app) : IClassFixture<ResumeApiFixture>
{
    [Fact]
    public async Task ScoreResume_InlineJobDescription_ScoresAgainstItWithMatchesAndGaps()
    {
        var client = app.ClientFor("score-inline");
        var id = await UploadAsync(client);

        var score = await ScoreAsync(client, id, new { jobDescription = JobTexts.Backend });

        Assert.True((bool?)score["hasJobDescription"]);
        Assert.InRange((int)score["total"]!, 0, 100);
        var matched = score["matchedKeywords"]!.AsArray().Select(k => (string?)k).ToList();
        Assert.Contains("PostgreSQL", matched);
        Assert.Contains("Terraform", score["missingKeywords"]!.AsArray().Select(k => (string?)k));
        Assert.NotEmpty(score["components"]!.AsArray());
        Assert.False(string.IsNullOrWhiteSpace((string?)score["summary"]));
    }

    [Fact]
    public async Task ScoreResume_StoredJob_ScoresTheSameAsTheSameTextInline()
    {
        var client = app.ClientFor("score-stored");
        var id = await UploadAsync(client);
        var job = await JobsApiTests.ReadCreatedAsync(await client.PostAsJsonAsync("/api/jobs", new { text = JobTexts.Backend }));

        var stored = await ScoreAsync(client, id, new { jobId = (string)job["id"]! });
        var inline = await ScoreAsync(client, id, new { jobDescription = JobTexts.Backend });

        Assert.Equal(inline.ToJsonString(), stored.ToJsonString());
    }

    [Fact]
    public async Task ScoreResume_NoJobDescription_GivesTheGeneralQualityScore()
    {
        var client = app.ClientFor("score-general");
        var id = await UploadAsync(client);

        var withBody = await ScoreAsync(client, id, new { });
        var response = await client.PostAsync($"/api/resumes/{id}/score", null);

        Assert.False((bool?)withBody["hasJobDescription"]);
        Assert.Empty(withBody["missingKeywords"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(withBody.ToJsonString(), JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
    }

    [Fact]
    public async Task ScoreResume_OtherCallersResumeOrJob_Answers404Or422()
    {
        var owner = app.ClientFor("score-owner");
        var other = app.ClientFor("score-other");
        var id = await UploadAsync(owner);
        var othersJob = (string)(await JobsApiTests.ReadCreatedAsync(await other.PostAsJsonAsync("/api/jobs", new { text = JobTexts.Backend })))["id"]!;

        await Problems.AssertAsync(await other.PostAsJsonAsync($"/api/resumes/{id}/score", new { }), HttpStatusCode.NotFound);
        var foreignJob = await owner.PostAsJsonAsync($"/api/resumes/{id}/score", new { jobId = othersJob });
        await HostileResumeUploadTests.AssertProblemAsync(foreignJob, HttpStatusCode.UnprocessableEntity, "jobNotFound");
    }

    [Fact]
    public async Task ScoreResume_BothJobDescriptionAndJobId_Answers400()
    {
        var client = app.ClientFor("score-both");
        var id = await UploadAsync(client);

        var response = await client.PostAsJsonAsync($"/api/resumes/{id}/score", new { jobDescription = JobTexts.Backend, jobId = "0123456789abcdef0123456789abcdef" });

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    private static async Task<string> UploadAsync(HttpClient client) =>
        (string)(await ResumeUploadTests.ReadCreatedAsync(await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "resume.txt", "text/plain")))["id"]!;

    private static async Task<JsonNode> ScoreAsync(HttpClient client, string id, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/resumes/{id}/score", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
