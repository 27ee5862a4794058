using MockInterview.Candidates.Resumes;

namespace MockInterview.Candidates.Tests.Resumes;

public sealed class UploadFileNamesTests
{
    [Theory]
    [InlineData("cv.pdf", "cv.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\ada\\Documents\\CV 2026.docx", "CV 2026.docx")]
    [InlineData("a\u0000b\u0007c.txt", "abc.txt")]
    [InlineData("resume\u202Efdp.exe", "resumefdp.exe")]
    [InlineData("  spaced\tname .md ", "spaced name .md")]
    [InlineData("..", "resume")]
    [InlineData("/", "resume")]
    [InlineData("", "resume")]
    [InlineData(null, "resume")]
    [InlineData("Ada Lovelace – CV.pdf", "Ada Lovelace – CV.pdf")]
    public void Sanitize_Name_KeepsOnlyASafeLastSegment(string? name, string expected)
    {
        Assert.Equal(expected, UploadFileNames.Sanitize(name));
    }

    [Fact]
    public void Sanitize_LongName_IsCutKeepingTheExtension()
    {
        var sanitized = UploadFileNames.Sanitize(new string('x', 500) + ".pdf");

        Assert.Equal(UploadFileNames.MaxLength, sanitized.Length);
        Assert.EndsWith(".pdf", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_LongNameOfSurrogatePairs_NeverSplitsAPair()
    {
        var sanitized = UploadFileNames.Sanitize(string.Concat(Enumerable.Repeat("😀", 200)) + ".md");

        Assert.EndsWith(".md", sanitized, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(sanitized[^4]));
        Assert.True(sanitized.Length <= UploadFileNames.MaxLength);
    }
}
