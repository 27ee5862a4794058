using System.Text;
using MockInterview.Documents.Tests.Support;

namespace MockInterview.Documents.Tests.Detection;

/// <summary>Size limits and the agreement between the bytes and the declared name and content type.</summary>
public sealed class UploadCheckTests
{
    private readonly IDocumentTextExtractor extractor = TestExtractor.Create();

    [Fact]
    public async Task ExtractAsync_EmptyFile_RejectsAsEmpty()
    {
        var error = await extractor.RejectAsync([], "resume.pdf", "application/pdf");

        Assert.Equal(DocumentRejectionReason.Empty, error.Reason);
        Assert.Equal(422, error.StatusCode);
    }

    [Fact]
    public async Task ExtractAsync_WhitespaceOnlyText_RejectsAsNoText()
    {
        var error = await extractor.RejectAsync(" \r\n\t \n"u8.ToArray(), "resume.txt");

        Assert.Equal(DocumentRejectionReason.NoText, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_FileOverLimit_RejectsAsTooLarge()
    {
        var limited = TestExtractor.Create(o => o.MaxBytes = 1024);

        var error = await limited.RejectAsync(Encoding.ASCII.GetBytes(new string('a', 1025)), "resume.txt");

        Assert.Equal(DocumentRejectionReason.TooLarge, error.Reason);
        Assert.Equal(413, error.StatusCode);
    }

    [Fact]
    public async Task ExtractAsync_UnseekableStreamOverLimit_StopsReadingAtTheLimit()
    {
        var limited = TestExtractor.Create(o => o.MaxBytes = 1024);
        var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => limited.ExtractAsync(endless, "resume.txt", null));

        Assert.Equal(DocumentRejectionReason.TooLarge, error.Reason);
        Assert.InRange(endless.Served, 1025, 1024 + 81920);
    }

    [Fact]
    public async Task ExtractAsync_FileExactlyAtLimit_IsRead()
    {
        var limited = TestExtractor.Create(o => o.MaxBytes = 1024);

        var result = await limited.ExtractAsync(Encoding.ASCII.GetBytes(new string('a', 1024)), "resume.txt");

        Assert.Equal(1024, result.Text.Length);
    }

    [Fact]
    public async Task ExtractAsync_TextRenamedToPdf_RejectsAsContentMismatch()
    {
        var error = await extractor.RejectAsync("Sam Carter\nEngineer"u8.ToArray(), "resume.pdf", "application/pdf");

        Assert.Equal(DocumentRejectionReason.ContentMismatch, error.Reason);
        Assert.Equal(415, error.StatusCode);
        Assert.Contains("a .pdf file", error.Detail, StringComparison.Ordinal);
        Assert.Contains("plain text", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resume.docx", null)]
    [InlineData("resume.txt", null)]
    [InlineData("resume.png", null)]
    [InlineData("resume.pdf", "image/png")]
    [InlineData("resume.pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    public async Task ExtractAsync_PdfUnderAnotherNameOrType_RejectsAsContentMismatch(string fileName, string? contentType)
    {
        var error = await extractor.RejectAsync(PdfBuilder.OnePage(), fileName, contentType);

        Assert.Equal(DocumentRejectionReason.ContentMismatch, error.Reason);
    }

    [Theory]
    [InlineData("resume", null)]
    [InlineData("resume.PDF", "application/octet-stream")]
    [InlineData("resume.bin", "application/pdf")]
    public async Task ExtractAsync_PdfWithoutContradictingClaims_IsRead(string fileName, string? contentType)
    {
        var result = await extractor.ExtractAsync(PdfBuilder.OnePage(), fileName, contentType);

        Assert.Equal("Hello hostile world", result.Text);
    }

    public static TheoryData<string, byte[], DocumentRejectionReason, string> NotSupported => new()
    {
        { "resume.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]], DocumentRejectionReason.UnsupportedFormat, ".docx or PDF" },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[100]], DocumentRejectionReason.UnsupportedFormat, "no text recognition" },
        { "scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[100]], DocumentRejectionReason.UnsupportedFormat, "PNG" },
        { "resume.rtf", "{\\rtf1\\ansi Sam}"u8.ToArray(), DocumentRejectionReason.UnsupportedFormat, "RTF" },
        { "resume.html", "\n<!DOCTYPE html><html><body>Sam</body></html>"u8.ToArray(), DocumentRejectionReason.UnsupportedFormat, "export it as a PDF" },
        { "scan.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[100]], DocumentRejectionReason.ContentMismatch, "a PNG image" },
        { "resume.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[100], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[100]], DocumentRejectionReason.Encrypted, "password" },
    };

    [Theory]
    [MemberData(nameof(NotSupported))]
    public async Task ExtractAsync_OtherFormats_RejectedWithHelpfulMessage(string fileName, byte[] bytes, DocumentRejectionReason reason, string hint)
    {
        var error = await extractor.RejectAsync(bytes, fileName);

        Assert.Equal(reason, error.Reason);
        Assert.Contains(hint, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_Spreadsheet_RejectsAsUnsupported()
    {
        var xlsx = DocxBuilder.Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", "<workbook/>"u8.ToArray()));

        var error = await extractor.RejectAsync(xlsx, "skills.xlsx");

        Assert.Equal(DocumentRejectionReason.UnsupportedFormat, error.Reason);
        Assert.Contains("spreadsheet", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentRejectionReason.TooLarge, 413)]
    [InlineData(DocumentRejectionReason.UnsupportedFormat, 415)]
    [InlineData(DocumentRejectionReason.ContentMismatch, 415)]
    [InlineData(DocumentRejectionReason.Corrupt, 422)]
    [InlineData(DocumentRejectionReason.TimedOut, 422)]
    public void StatusCodeFor_Reason_MapsToHttpStatus(DocumentRejectionReason reason, int status) =>
        Assert.Equal(status, DocumentRejectedException.StatusCodeFor(reason));

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
