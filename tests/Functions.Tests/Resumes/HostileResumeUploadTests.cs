using System.Net;
using System.Text.Json.Nodes;
using MockInterview.Functions.Tests.Support;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Hostile and broken documents through HTTP: each gets its 4xx problem with the extractor's reason code, and
/// nothing is stored (no record, no file, no temporary file). This class never uploads a good file.</summary>
public sealed class HostileResumeUploadTests(ResumeApiFixture app) : IClassFixture<ResumeApiFixture>
{
    public static TheoryData<string, string, string?, int, string> Cases()
    {
        return new TheoryData<string, string, string?, int, string>
        {
            { "truncated", "resume.pdf", Uploads.Pdf, 422, "corrupt" },
            { "garbage-after-header", "resume.pdf", Uploads.Pdf, 422, "corrupt" },
            { "encrypted", "resume.pdf", Uploads.Pdf, 422, "encrypted" },
            { "many-pages", "resume.pdf", Uploads.Pdf, 422, "tooManyPages" },
            { "flate-bomb", "resume.pdf", Uploads.Pdf, 422, "tooComplex" },
            { "deep-nesting", "resume.pdf", Uploads.Pdf, 422, "tooComplex" },
            { "text-renamed-pdf", "resume.pdf", Uploads.Pdf, 415, "contentMismatch" },
            { "pdf-typed-docx", "resume.docx", Uploads.Docx, 415, "contentMismatch" },
            { "empty", "resume.pdf", Uploads.Pdf, 422, "empty" },
            { "over-limit", "resume.txt", "text/plain", 413, "tooLarge" },
            { "docx-zip-bomb", "resume.docx", Uploads.Docx, 422, "tooComplex" },
            { "image", "photo.png", "image/png", 415, "unsupportedFormat" },
            { "no-text-layer", "resume.pdf", Uploads.Pdf, 422, "noText" },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task UploadResume_HostileDocument_AnswersItsProblemAndStoresNothing(string kind, string fileName, string? contentType, int status, string code)
    {
        var response = await app.ClientFor("hostile").UploadAsync(Build(kind), fileName, contentType);

        var problem = await AssertProblemAsync(response, (HttpStatusCode)status, code);
        Assert.DoesNotContain("pdftotext", (string?)problem["detail"], StringComparison.OrdinalIgnoreCase);
        await app.AssertNothingStoredAsync();
    }

    internal static async Task<JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await Problems.AssertAsync(response, status);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(body)!;
        Assert.True(code == (string?)problem["code"], $"Expected code '{code}': {body}");
        return problem;
    }

    private static byte[] Build(string kind)
    {
        var pdf = Uploads.Fixture("resume-single-column.pdf");
        return kind switch
        {
            "truncated" => pdf[..(pdf.Length / 3)],
            "garbage-after-header" => [.. "%PDF-1.7\n"u8, .. new byte[4096].Select((_, i) => (byte)(i * 7 % 251))],
            "encrypted" => TestDocuments.EncryptedPdf(),
            "many-pages" => TestDocuments.ManyPagesPdf(5000),
            "flate-bomb" => TestDocuments.FlateBombPdf(),
            "deep-nesting" => TestDocuments.DeeplyNestedPdf(100_000),
            "text-renamed-pdf" => Uploads.Utf8(Uploads.PlainResume),
            "pdf-typed-docx" => pdf,
            "empty" => [],
            "over-limit" => new byte[(5 * 1024 * 1024) + 1].Select(_ => (byte)'a').ToArray(),
            "docx-zip-bomb" => TestDocuments.DocxZipBomb(),
            "image" => [0x89, .. "PNG\r\n\u001a\n"u8, .. new byte[64]],
            "no-text-layer" => TestDocuments.Pdf(content: "0 0 m 200 200 l S"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
