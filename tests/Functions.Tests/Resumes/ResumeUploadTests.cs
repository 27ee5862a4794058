using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Uploads of each format through the real HTTP pipeline and the real extractor (pdftotext for PDFs).</summary>
public sealed class ResumeUploadTests(ResumeApiFixture app) : IClassFixture<ResumeApiFixture>
{
    [Theory]
    [InlineData("resume-single-column.pdf")]
    [InlineData("resume-two-column.pdf")]
    [InlineData("resume-two-page.pdf")]
    public async Task UploadResume_FixturePdf_Returns201WithTextAndProfile(string fixture)
    {
        var client = app.ClientFor("pdf-" + fixture.Replace(".pdf", "", StringComparison.Ordinal));
        var bytes = Uploads.Fixture(fixture);

        var response = await client.UploadAsync(bytes, fixture, Uploads.Pdf);

        var view = await ReadCreatedAsync(response);
        Assert.Equal("pdf", (string?)view["format"]);
        Assert.Equal(fixture, (string?)view["fileName"]);
        Assert.Equal(bytes.Length, (long?)view["sizeBytes"]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), (string?)view["sha256"]);
        Assert.True((int?)view["pageCount"] >= 1);
        Assert.True(((string?)view["text"])?.Length > 200, "the extracted text is returned");
        Assert.NotEmpty(view["profile"]!["skills"]!.AsArray());
    }

    [Fact]
    public async Task UploadResume_Docx_Returns201WithParagraphText()
    {
        var client = app.ClientFor("docx-user");

        var response = await client.UploadAsync(TestDocuments.Docx(Uploads.PlainResume), "Ada Lovelace CV.docx", Uploads.Docx);

        var view = await ReadCreatedAsync(response);
        Assert.Equal("docx", (string?)view["format"]);
        Assert.Null(view["pageCount"]);
        Assert.Contains("Northwind Payments", (string?)view["text"], StringComparison.Ordinal);
        Assert.Contains(view["profile"]!["skills"]!.AsArray(), s => (string?)s!["name"] == "PostgreSQL");
    }

    [Theory]
    [InlineData("resume.txt", "text/plain", "plainText")]
    [InlineData("resume.md", "text/markdown", "markdown")]
    [InlineData("resume.txt", null, "plainText")]
    public async Task UploadResume_TextOrMarkdown_Returns201WithTheFormatFound(string fileName, string? contentType, string format)
    {
        var client = app.ClientFor("text-" + format + (contentType is null ? "-untyped" : ""));

        var response = await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), fileName, contentType);

        var view = await ReadCreatedAsync(response);
        Assert.Equal(format, (string?)view["format"]);
        Assert.Contains("Kafka consumers", (string?)view["text"], StringComparison.Ordinal);
        Assert.True((double?)view["profile"]!["yearsOfExperience"] > 5);
    }

    [Fact]
    public async Task UploadResume_PathInFileName_KeepsOnlyTheLastSegment()
    {
        var client = app.ClientFor("path-user");

        var view = await ReadCreatedAsync(await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "../../etc/\u0007cv.txt", "text/plain"));

        Assert.Equal("cv.txt", (string?)view["fileName"]);
        Assert.All(app.StoredFiles(), path => Assert.Equal(app.FilesFolder, Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task UploadResume_HiddenInstructions_AreStoredAsDataAndReported()
    {
        var client = app.ClientFor("injection-user");

        var view = await ReadCreatedAsync(await client.UploadAsync(Uploads.Fixture("resume-hidden-instructions.pdf"), "resume.pdf", Uploads.Pdf));

        // The text is kept as it was written (it is the candidate's document); the parser sets the instructions aside.
        Assert.Contains("ignore", ((string?)view["text"])!.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Contains(view["profile"]!["warnings"]!.AsArray(), w => ((string?)w)!.Contains("instruction", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetResume_Owner_ReturnsTheStoredView()
    {
        var client = app.ClientFor("get-user");
        var created = await ReadCreatedAsync(await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "resume.txt"));

        var response = await client.GetAsync($"/api/resumes/{created["id"]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fetched = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
    }

    [Fact]
    public async Task GetAndDeleteResume_OtherCaller_Answers404AndKeepsIt()
    {
        var owner = app.ClientFor("owner-a");
        var other = app.ClientFor("intruder-b");
        var id = (string)(await ReadCreatedAsync(await owner.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "resume.txt")))["id"]!;

        await Problems.AssertAsync(await other.GetAsync($"/api/resumes/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await other.DeleteAsync($"/api/resumes/{id}"), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/resumes/{id}")).StatusCode);
    }

    [Fact]
    public async Task DeleteResume_Owner_RemovesTheRecordAndTheFile()
    {
        var client = app.ClientFor("delete-user");
        var id = (string)(await ReadCreatedAsync(await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "resume.txt")))["id"]!;
        var files = app.StoredFiles().Count;
        var rows = await app.CountRowsAsync();

        var response = await client.DeleteAsync($"/api/resumes/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(files - 1, app.StoredFiles().Count);
        Assert.Equal(rows - 1, await app.CountRowsAsync());
        await Problems.AssertAsync(await client.GetAsync($"/api/resumes/{id}"), HttpStatusCode.NotFound);
        await Problems.AssertAsync(await client.DeleteAsync($"/api/resumes/{id}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task GetResume_UnknownOrMalformedId_Answers404(string id)
    {
        var response = await app.ClientFor("lookup-user").GetAsync($"/api/resumes/{id}");

        await Problems.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UploadResume_PastThePerCallerLimit_Answers409AndStoresNothingMore()
    {
        var client = app.ClientFor("limit-user");
        for (var i = 0; i < ResumeApiFixture.MaxResumesPerOwner; i++)
        {
            await ReadCreatedAsync(await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), $"resume-{i}.txt"));
        }

        var files = app.StoredFiles().Count;
        var rows = await app.CountRowsAsync();

        var response = await client.UploadAsync(Uploads.Utf8(Uploads.PlainResume), "one-more.txt");

        await Problems.AssertAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(files, app.StoredFiles().Count);
        Assert.Equal(rows, await app.CountRowsAsync());
    }

    internal static async Task<JsonNode> ReadCreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {body}");
        var view = JsonNode.Parse(body)!;
        Assert.Equal($"/api/resumes/{view["id"]}", response.Headers.Location?.OriginalString);
        return view;
    }
}
