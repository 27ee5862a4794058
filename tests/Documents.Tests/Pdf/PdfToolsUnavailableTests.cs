using MockInterview.Documents.Tests.Support;

namespace MockInterview.Documents.Tests.Pdf;

public sealed class PdfToolsUnavailableTests
{
    [Fact]
    public async Task ExtractAsync_PdftotextMissing_ThrowsUnavailableWithInstallHint()
    {
        var extractor = TestExtractor.Create(o =>
        {
            o.PdfInfoPath = "/nonexistent/poppler/pdfinfo";
            o.PdfToTextPath = "/nonexistent/poppler/pdftotext";
        });

        var error = await Assert.ThrowsAsync<DocumentExtractionUnavailableException>(
            () => extractor.ExtractAsync(Fixture.Read("resume-single-column.pdf"), "resume.pdf"));

        Assert.Equal(503, error.StatusCode);
        Assert.Contains("apt-get install poppler-utils", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_PdftotextMissing_StillReadsTextUploads()
    {
        var extractor = TestExtractor.Create(o => o.PdfToTextPath = "no-such-pdftotext-on-path");

        var result = await extractor.ExtractAsync("Plain resume text"u8.ToArray(), "resume.txt");

        Assert.Equal("Plain resume text", result.Text);
    }
}
