using System.Text;
using MockInterview.Documents.Tests.Support;

namespace MockInterview.Documents.Tests.Pdf;

/// <summary>Generated hostile PDFs: each ends in its reason, decided by checks before parsing or by kernel limits,
/// never by racing a wall clock (the timeout is raised far above anything the tests need).</summary>
public sealed class HostilePdfTests
{
    private readonly IDocumentTextExtractor extractor = TestExtractor.Create(o => o.Timeout = TimeSpan.FromMinutes(5));

    [Fact]
    public async Task ExtractAsync_TruncatedPdf_RejectsAsCorrupt()
    {
        var whole = PdfBuilder.OnePage();

        var error = await extractor.RejectAsync(whole[..(whole.Length / 2)], "resume.pdf");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
        Assert.Equal(422, error.StatusCode);
    }

    [Fact]
    public async Task ExtractAsync_TruncatedRealResume_RejectsAsCorrupt()
    {
        var whole = Fixture.Read("resume-two-column.pdf");

        var error = await extractor.RejectAsync(whole[..(whole.Length / 2)], "resume.pdf");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_GarbageAfterPdfHeader_RejectsAsCorruptWithoutToolOutput()
    {
        var garbage = new byte[5000];
        new Random(42).NextBytes(garbage);

        var error = await extractor.RejectAsync([.. "%PDF-1.7\n"u8, .. garbage], "resume.pdf");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
        Assert.DoesNotContain("Syntax Error", error.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("xref", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_WrongXrefOffsets_RepairsAndWarns()
    {
        var result = await extractor.ExtractAsync(PdfBuilder.OnePage(badOffsets: true), "resume.pdf");

        Assert.Equal("Hello hostile world", result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("repaired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtractAsync_PasswordProtectedPdf_RejectsAsEncrypted()
    {
        // A standard security handler whose owner and user keys match no password, not even the empty one.
        var encrypt = $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{new string('1', 64)}> /U <{new string('2', 64)}> /P -4 >> "
            + $"/ID [<{new string('3', 32)}> <{new string('3', 32)}>] ";

        var error = await extractor.RejectAsync(PdfBuilder.OnePage(trailerExtra: encrypt), "resume.pdf");

        Assert.Equal(DocumentRejectionReason.Encrypted, error.Reason);
        Assert.Contains("password", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_HugePageCountFromSharedPageObjects_RejectsAsTooManyPagesBeforeExtraction()
    {
        const int pages = 100_000;
        var kids = string.Concat(Enumerable.Repeat("3 0 R ", pages));
        var pdf = PdfBuilder.Build(
            [
                PdfBuilder.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                PdfBuilder.Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
                PdfBuilder.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
                PdfBuilder.Stream(PdfBuilder.Ascii("BT /F1 12 Tf 72 720 Td (same page again) Tj ET")),
                PdfBuilder.Ascii(PdfBuilder.Font),
            ],
            size: 2 * pages);

        var error = await extractor.RejectAsync(pdf, "resume.pdf");

        Assert.Equal(DocumentRejectionReason.TooManyPages, error.Reason);
        Assert.Contains("100000 pages", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_PageCountNoObjectsCouldHold_RejectsAsCorrupt()
    {
        var pdf = PdfBuilder.Build(
            [
                PdfBuilder.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                PdfBuilder.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>"),
                PdfBuilder.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"),
            ]);

        var error = await extractor.RejectAsync(pdf, "resume.pdf");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_FlateDecodeBomb_StoppedByCpuLimitAsTooComplex()
    {
        // 120 MB of path operators deflated to about 120 KB, drawn 50 times: billions of operations to interpret.
        var ops = PdfBuilder.DeflateRepeated(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m ", 200_000))), 100);
        var contents = string.Concat(Enumerable.Repeat("4 0 R ", 50));
        var pdf = PdfBuilder.Build(
            [
                PdfBuilder.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                PdfBuilder.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                PdfBuilder.Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [{contents}] >>"),
                PdfBuilder.Stream(ops, "/Filter /FlateDecode "),
            ]);
        var limited = TestExtractor.Create(o =>
        {
            o.MaxCpuSeconds = 1;
            o.Timeout = TimeSpan.FromMinutes(5);
        });

        var error = await limited.RejectAsync(pdf, "resume.pdf");

        Assert.True(pdf.Length < 1024 * 1024, "the bomb is small on the wire");
        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("<< /A ", ">>")]
    public async Task ExtractAsync_DeeplyNestedObjects_RejectsAsTooComplexBeforeParsing(string open, string close)
    {
        const int depth = 100_000;
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));

        var error = await extractor.RejectAsync(PdfBuilder.OnePage(pageExtra: $"/Nested {nested} "), "resume.pdf");

        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_BracketsInsideStringsAndStreams_AreNotCountedAsNesting()
    {
        var brackets = new string('[', 500);
        var content = $"BT /F1 12 Tf 72 720 Td (Hello {brackets} world \\( [[[ ) Tj ET";

        var result = await extractor.ExtractAsync(PdfBuilder.OnePage(content, pageExtra: $"/Note ({brackets}) "), "resume.pdf");

        Assert.StartsWith("Hello [[[[", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_KeywordStuffedMetadata_StillReadsThePages()
    {
        // pdfinfo prints the metadata before the page count: 300 KB of keywords must not hide it.
        var keywords = string.Concat(Enumerable.Repeat("kubernetes golang ", 17_000));
        var pdf = PdfBuilder.Build(
            [
                PdfBuilder.Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                PdfBuilder.Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                PdfBuilder.Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
                PdfBuilder.Stream(PdfBuilder.Ascii("BT /F1 12 Tf 72 720 Td (Visible text) Tj ET")),
                PdfBuilder.Ascii(PdfBuilder.Font),
                PdfBuilder.Ascii($"<< /Keywords ({keywords}) >>"),
            ],
            trailerExtra: "/Info 6 0 R ");

        var result = await extractor.ExtractAsync(pdf, "resume.pdf");

        Assert.Equal("Visible text", result.Text);
        Assert.Equal(1, result.PageCount);
    }

    [Fact]
    public async Task ExtractAsync_PdfWithoutTextLayer_RejectsAsNoText()
    {
        // What a scanner makes: a page that is one picture (an inline 4x4 grey image scaled to the page), no text.
        var scan = PdfBuilder.OnePage("q 612 0 0 792 0 0 cm BI /W 4 /H 4 /CS /G /BPC 8 ID 0123456789abcdef EI Q");

        var error = await extractor.RejectAsync(scan, "scan.pdf");

        Assert.Equal(DocumentRejectionReason.NoText, error.Reason);
        Assert.Contains("upload a text PDF or DOCX", error.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ExtractAsync_MoreTextThanAllowed_CutsOutputWithWarning()
    {
        var lines = string.Concat(Enumerable.Range(0, 1500).Select(i => $"BT /F1 8 Tf 20 {780 - (i % 90) * 8} Td (Line {i} of a very long document) Tj ET\n"));
        var limited = TestExtractor.Create(o => o.MaxOutputChars = 1000);

        var result = await limited.ExtractAsync(PdfBuilder.OnePage(lines), "resume.pdf");

        Assert.InRange(result.Text.Length, 800, 1000);
        Assert.Contains(result.Warnings, w => w.Contains("1,000 characters", StringComparison.Ordinal));
    }
}
