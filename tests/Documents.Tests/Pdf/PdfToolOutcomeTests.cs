using MockInterview.Documents.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Documents.Tests.Pdf;

/// <summary>How tool outcomes map to reasons, and that the private directory is gone afterwards whatever happened.</summary>
public sealed class PdfToolOutcomeTests : IDisposable
{
    private readonly DirectoryInfo temporary = Directory.CreateTempSubdirectory("documents-tests-work-");

    public void Dispose() => temporary.Delete(recursive: true);

    [Fact]
    public async Task ExtractAsync_ToolHangsPastTimeout_RejectsAsTimedOutAndCleansUp()
    {
        using var hanging = new FakeTool("exec sleep 600");
        var time = new ManualTimeProvider();
        var extractor = TestExtractor.Create(
            o =>
            {
                o.PdfInfoPath = hanging.Path;
                o.TemporaryDirectory = temporary.FullName;
            },
            time);

        var run = extractor.ExtractAsync(PdfBuilder.OnePage(), "resume.pdf");
        await Eventually.TrueAsync(
            () =>
            {
                time.Advance(TimeSpan.FromSeconds(21));
                return run.IsCompleted;
            },
            "the timeout ends the hanging tool");

        var error = await Assert.ThrowsAsync<DocumentRejectedException>(() => run);
        Assert.Equal(DocumentRejectionReason.TimedOut, error.Reason);
        Assert.Empty(temporary.GetFileSystemInfos());
    }

    [Fact]
    public async Task ExtractAsync_EverySlotBusyPastTimeout_UnavailableWithoutRunningATool()
    {
        using var hanging = new FakeTool("exec sleep 600");
        var time = new ManualTimeProvider();
        var extractor = TestExtractor.Create(
            o =>
            {
                o.PdfInfoPath = hanging.Path;
                o.MaxConcurrentPdfExtractions = 1;
                o.Timeout = TimeSpan.FromSeconds(30);
                o.TemporaryDirectory = temporary.FullName;
            },
            time);
        var first = extractor.ExtractAsync(PdfBuilder.OnePage(), "first.pdf");
        await Eventually.TrueAsync(() => temporary.GetFileSystemInfos().Length == 1, "the first extraction holds the only slot");

        var second = extractor.ExtractAsync(PdfBuilder.OnePage(), "second.pdf");
        time.Advance(TimeSpan.FromSeconds(31));

        var busy = await Assert.ThrowsAsync<DocumentExtractionUnavailableException>(() => second.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("Try again", busy.Detail);
        Assert.Equal(503, busy.StatusCode);
        await Eventually.TrueAsync(
            () =>
            {
                time.Advance(TimeSpan.FromSeconds(31));
                return first.IsCompleted;
            },
            "the first extraction's own timeout ends its hanging tool");
        var timedOut = await Assert.ThrowsAsync<DocumentRejectedException>(() => first);
        Assert.Equal(DocumentRejectionReason.TimedOut, timedOut.Reason);
    }

    [Fact]
    public async Task ExtractAsync_ToolKilledBySignal_RejectsAsTooComplex()
    {
        using var crashing = new FakeTool("kill -SEGV $$");
        var extractor = TestExtractor.Create(o => o.PdfInfoPath = crashing.Path);

        var error = await extractor.RejectAsync(PdfBuilder.OnePage(), "resume.pdf");

        Assert.Equal(DocumentRejectionReason.TooComplex, error.Reason);
    }

    [Fact]
    public async Task ExtractAsync_PermissionsForbidCopying_RejectsAsEncryptedBeforeExtraction()
    {
        using var info = new FakeTool("printf 'Pages:           1\\nEncrypted:       yes (print:yes copy:no change:no addNotes:no algorithm:AES-256)\\n'");
        var extractor = TestExtractor.Create(o =>
        {
            o.PdfInfoPath = info.Path;
            o.PdfToTextPath = "/nonexistent/pdftotext";
        });

        var error = await extractor.RejectAsync(PdfBuilder.OnePage(), "resume.pdf");

        Assert.Equal(DocumentRejectionReason.Encrypted, error.Reason);
        Assert.Contains("forbid copying", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_SuccessAndRejection_LeaveNoFilesBehind()
    {
        var extractor = TestExtractor.Create(o => o.TemporaryDirectory = temporary.FullName);

        await extractor.ExtractAsync(Fixture.Read("resume-two-page.pdf"), "resume.pdf");
        await extractor.RejectAsync(PdfBuilder.OnePage("0 0 m 10 10 l S"), "scan.pdf");
        await extractor.RejectAsync(PdfBuilder.OnePage()[..300], "broken.pdf");

        Assert.Empty(temporary.GetFileSystemInfos());
    }
}
