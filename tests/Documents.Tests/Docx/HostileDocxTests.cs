using System.Text;
using MockInterview.Documents.Tests.Support;

namespace MockInterview.Documents.Tests.Docx;

/// <summary>Hostile archives and XML: refused from the central directory or by counters, never by a crash.</summary>
public sealed class HostileDocxTests
{
    private readonly IDocumentTextExtractor extractor = TestExtractor.Create();

    private static byte[] MinimalDocumentXml => Encoding.UTF8.GetBytes(DocxBuilder.DocumentXml("<w:p><w:r><w:t>Hi</w:t></w:r></w:p>"));

    [Fact]
    public async Task ExtractAsync_PartsAddingUpPastTheOutputLimit_StopsReadingAndSaysTheTextWasCut()
    {
        var limited = TestExtractor.Create(o => o.MaxOutputChars = 1_000);
        var paragraph = string.Join(' ', Enumerable.Repeat("Shipped the payments API.", 20));
        var docx = DocxBuilder.Create(
            Enumerable.Range(0, 400).Select(i => DocxBuilder.Paragraph($"{i} {paragraph}")),
            header: new string('h', 900),
            footer: "This footer is never reached");

        var result = await limited.ExtractAsync(docx, "cv.docx");

        Assert.True(result.Text.Length <= 1_000, $"{result.Text.Length} characters");
        Assert.DoesNotContain("never reached", result.Text);
        Assert.DoesNotContain(" 399 ", result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("left out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtractAsync_ZipBombEntry_RejectsAsTooComplexFromCentralDirectory()
    {
        var bomb = DocxBuilder.Zip(("word/document.xml", MinimalDocumentXml), ("word/media/image1.png", new byte[30 * 1024 * 1024]));

        var error = await extractor.RejectAsync(bomb, "cv.docx");

        Assert.True(bomb.Length < 200 * 1024, "the bomb is small on the wire");
        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
        Assert.Contains("zip bomb", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_EntryExpandingPastLimit_RejectsAsTooComplex()
    {
        var random = new byte[2 * 1024 * 1024];
        new Random(7).NextBytes(random);
        var limited = TestExtractor.Create(o =>
        {
            o.MaxEntryUncompressedBytes = 1024 * 1024;
            o.MaxUncompressedBytes = 1024 * 1024;
        });

        var error = await limited.RejectAsync(DocxBuilder.Zip(("word/document.xml", MinimalDocumentXml), ("word/media/big.bin", random)), "cv.docx");

        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
        Assert.Contains("expands to more than 1 MB", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_TooManyEntries_RejectsAsTooComplex()
    {
        var entries = Enumerable.Range(0, 1001).Select(i => ($"word/media/{i}.bin", new byte[1])).Prepend(("word/document.xml", MinimalDocumentXml)).ToArray();

        var error = await extractor.RejectAsync(DocxBuilder.Zip(entries), "cv.docx");

        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_EntryLyingAboutItsSize_StopsAtTheDeclaredSize()
    {
        // 3 MB of paragraphs whose central directory and local header both claim 300 bytes.
        var paragraphs = string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>padding</w:t></w:r></w:p>", 75_000));
        var docx = DocxBuilder.FromDocumentXml(DocxBuilder.DocumentXml(paragraphs));
        ZipPatcher.SetUncompressedSize(docx, "word/document.xml", 300);

        var error = await extractor.RejectAsync(docx, "cv.docx");

        // Inflation stops at the declared size, so the XML ends early: damaged, and nothing past 300 bytes was read.
        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_PartLargerThanCharacterLimit_RejectsAsTooComplex()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>padding</w:t></w:r></w:p>", 10_000));
        var limited = TestExtractor.Create(o => o.MaxCharactersInPart = 100_000);

        var error = await limited.RejectAsync(DocxBuilder.FromDocumentXml(DocxBuilder.DocumentXml(paragraphs)), "cv.docx");

        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_DeeplyNestedXml_RejectsAsTooComplexWithoutStackOverflow()
    {
        // 40,000 levels (under 1 MB expanded, so the compression-ratio check does not decide this one).
        const int depth = 40_000;
        var nested = string.Concat(Enumerable.Repeat("<w:sdt>", depth)) + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("</w:sdt>", depth));

        var error = await extractor.RejectAsync(DocxBuilder.FromDocumentXml(DocxBuilder.DocumentXml(nested)), "cv.docx");

        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
        Assert.Contains("nested", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_XmlWithEntityExpansion_RejectsAsCorrupt()
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>""";

        var error = await extractor.RejectAsync(DocxBuilder.FromDocumentXml(laughs), "cv.docx");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_ArchiveWithWordEntryButNoPackageParts_RejectsAsCorrupt()
    {
        var error = await extractor.RejectAsync(DocxBuilder.Zip(("word/document.xml", MinimalDocumentXml)), "cv.docx");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_BrokenArchive_RejectsAsCorrupt()
    {
        var docx = DocxBuilder.Create([DocxBuilder.Paragraph("text")]);

        var error = await extractor.RejectAsync(docx[..(docx.Length - 30)], "cv.docx");

        Assert.Equal(DocumentRejectionReason.Corrupt, error.Reason);
    }
}
