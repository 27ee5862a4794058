using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Functions.Tests.Resumes;
using MockInterview.Functions.Tests.Support;
using MockInterview.Interviews;

namespace MockInterview.Functions.Tests.Jobs;

/// <summary>POST /api/interviews with resumeId and jobId: the stored texts become the interview's candidate profile.</summary>
public sealed class InterviewWithStoredDocumentsTests(ResumeApiFixture app) : IClassFixture<ResumeApiFixture>
{
    [Fact]
    public async Task StartInterview_ResumeIdAndJobId_UsesTheStoredTexts()
    {
        var client = app.ClientFor("interview-owner");
        var resume = await ResumeUploadTests.ReadCreatedAsync(await client.UploadAsync(TestDocuments.Docx(Uploads.PlainResume), "cv.docx", Uploads.Docx));
        var job = await JobsApiTests.ReadCreatedAsync(await client.PostAsJsonAsync("/api/jobs", new { text = JobTexts.Backend }));

        var response = await client.PostAsJsonAsync("/api/interviews", new { mode = "customized", resumeId = (string)resume["id"]!, jobId = (string)job["id"]! });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var interviewId = (string)System.Text.Json.Nodes.JsonNode.Parse(body)!["id"]!;
        var record = await app.Services.GetRequiredService<IInterviewStore>().GetAsync(interviewId, CancellationToken.None);
        Assert.Equal((string?)resume["text"], record!.Candidate.ResumeText);
        Assert.Equal(JobTexts.Backend.Trim(), record.Candidate.JobDescription);
    }

    [Theory]
    [InlineData("resumeId", "resumeNotFound")]
    [InlineData("jobId", "jobNotFound")]
    public async Task StartInterview_UnknownOrForeignId_Answers422AndStartsNothing(string field, string code)
    {
        var other = app.ClientFor("interview-other");
        var foreignResume = (string)(await ResumeUploadTests.ReadCreatedAsync(await other.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "r.txt")))["id"]!;
        var foreignJob = (string)(await JobsApiTests.ReadCreatedAsync(await other.PostAsJsonAsync("/api/jobs", new { text = JobTexts.Backend })))["id"]!;
        var client = app.ClientFor("interview-intruder");

        foreach (var id in new[] { field == "resumeId" ? foreignResume : foreignJob, "0123456789abcdef0123456789abcdef", "../x" })
        {
            var body = new Dictionary<string, object> { ["mode"] = "technical", [field] = id };
            var response = await client.PostAsJsonAsync("/api/interviews", body);

            await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, code);
        }
    }

    [Theory]
    [InlineData("""{"mode":"customized","resumeText":"x","resumeId":"0123456789abcdef0123456789abcdef"}""", "resumeId")]
    [InlineData("""{"mode":"customized","jobDescription":"x","jobId":"0123456789abcdef0123456789abcdef"}""", "jobId")]
    [InlineData("""{"mode":"customized"}""", "resumeText")]
    public async Task StartInterview_TextAndIdTogetherOrNeither_Answers400(string json, string field)
    {
        var response = await app.ClientFor("interview-bad").PostAsync("/api/interviews", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.NotNull(System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![field]);
    }
}
