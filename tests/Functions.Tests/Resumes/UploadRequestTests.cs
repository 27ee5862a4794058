using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MockInterview.Functions.Resumes;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Upload requests that are wrong as HTTP (type, parts, size, speed): a 4xx problem with a code, nothing stored.
/// This class never uploads a good file.</summary>
public sealed class UploadRequestTests(ResumeApiFixture app) : IClassFixture<ResumeApiFixture>
{
    private const long MaxFileBytes = 5 * 1024 * 1024;

    [Fact]
    public async Task UploadResume_JsonBody_Answers415()
    {
        var response = await app.ClientFor("req").PostAsync("/api/resumes", new StringContent("""{"text":"resume"}""", Encoding.UTF8, "application/json"));

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadResume_RawPdfBody_Answers415()
    {
        var content = new ByteArrayContent(Uploads.Fixture("resume-single-column.pdf"));
        content.Headers.ContentType = new MediaTypeHeaderValue(Uploads.Pdf);

        var response = await app.ClientFor("req").PostAsync("/api/resumes", content);

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadResume_NoFilePart_Answers400()
    {
        var form = new MultipartFormDataContent { { new StringContent("Ada"), "name" } };

        var response = await app.ClientFor("req").PostAsync("/api/resumes", form);

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "missingFile");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadResume_TwoFileParts_Answers400()
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Uploads.Utf8(Uploads.PlainResume)), "file", "a.txt" },
            { new ByteArrayContent(Uploads.Utf8(Uploads.PlainResume)), "file", "b.txt" },
        };

        var response = await app.ClientFor("req").PostAsync("/api/resumes", form);

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "tooManyFiles");
        await app.AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nAda Lovelace, engineer")]
    [InlineData("no boundary here at all")]
    [InlineData("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n")]
    public async Task UploadResume_MalformedOrCutShortMultipart_Answers400(string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=xyz");

        var response = await app.ClientFor("req").PostAsync("/api/resumes", content);

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformedMultipart");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadResume_DeclaredLengthOverTheLimit_Answers413BeforeReadingTheBody()
    {
        var body = new CountingContent(MaxFileBytes + ResumeUploadReader.EnvelopeBytes + 1, stallAfter: null);

        var response = await app.ClientFor("req").PostAsync("/api/resumes", body);

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "tooLarge");
        Assert.True(app.BodyReads.LastRead == 0, $"the app read {app.BodyReads.LastRead:N0} bytes of a body refused by its length");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadResume_ChunkedBodyOverTheLimit_Answers413AfterTheLimitOnly()
    {
        // 20 MB without a Content-Length: the server must stop reading near the 5 MB limit.
        var body = new CountingContent(20 * 1024 * 1024, stallAfter: null, chunked: true);

        var response = await app.ClientFor("req").PostAsync("/api/resumes", body);

        await HostileResumeUploadTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "tooLarge");
        Assert.True(app.BodyReads.LastRead <= MaxFileBytes + ResumeUploadReader.EnvelopeBytes, $"the app read {app.BodyReads.LastRead:N0} bytes of a 20 MB body");
        await app.AssertNothingStoredAsync();
    }

    [Fact]
    public async Task UploadResume_BodyThatStopsArriving_Answers408AfterTheUploadTimeout()
    {
        var body = new CountingContent(1024 * 1024, stallAfter: 1000, chunked: true);
        var client = app.ClientFor("req");

        var sending = client.PostAsync("/api/resumes", body);
        await body.Stalled.Task.WaitAsync(Eventually.DefaultTimeout);
        await Eventually.TrueAsync(
            () =>
            {
                // The handler arms its timer when it starts reading; keep moving the clock until it has fired.
                app.Clock.Advance(TimeSpan.FromSeconds(ResumeApiFixture.UploadTimeoutSeconds + 1));
                return sending.IsCompleted;
            },
            "the upload times out");

        await HostileResumeUploadTests.AssertProblemAsync(await sending, HttpStatusCode.RequestTimeout, "uploadTimedOut");
        body.Release();
        await app.AssertNothingStoredAsync();
    }
}
