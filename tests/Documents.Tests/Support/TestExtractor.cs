using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MockInterview.Documents.Pdf;
using MockInterview.Sandbox;

namespace MockInterview.Documents.Tests.Support;

/// <summary>The real extractor, wired by hand, with options a test may adjust.</summary>
internal static class TestExtractor
{
    public static IDocumentTextExtractor Create(Action<DocumentExtractionOptions>? configure = null, TimeProvider? time = null)
    {
        var options = Generous();
        configure?.Invoke(options);
        var wrapped = Options.Create(options);
        var runner = new SandboxedProcessRunner(time ?? TimeProvider.System, NullLogger<SandboxedProcessRunner>.Instance);
        var pdf = new PdfTextExtractor(runner, wrapped, time ?? TimeProvider.System, NullLogger<PdfTextExtractor>.Instance);
        return new DocumentTextExtractor(pdf, wrapped, NullLogger<DocumentTextExtractor>.Instance);
    }

    public static SandboxedProcessRunner Runner(TimeProvider? time = null) =>
        new(time ?? TimeProvider.System, NullLogger<SandboxedProcessRunner>.Instance);

    /// <summary>The defaults with wall-clock and CPU limits far above what a fixture needs, so a test on a loaded machine
    /// never trips them by accident; the tests of those limits set their own.</summary>
    public static DocumentExtractionOptions Generous() => new() { Timeout = TimeSpan.FromSeconds(30), MaxCpuSeconds = 10 };

    public static Task<ExtractedDocument> ExtractAsync(this IDocumentTextExtractor extractor, byte[] bytes, string fileName, string? contentType = null) =>
        extractor.ExtractAsync(new MemoryStream(bytes), fileName, contentType, CancellationToken.None);

    /// <summary>Runs the extraction and returns the rejection it must end in; bounded so that a hang fails the test.</summary>
    public static async Task<DocumentRejectedException> RejectAsync(
        this IDocumentTextExtractor extractor, byte[] bytes, string fileName, string? contentType = null)
    {
        var task = Assert.ThrowsAsync<DocumentRejectedException>(() => extractor.ExtractAsync(bytes, fileName, contentType));
        return await task.WaitAsync(TimeSpan.FromMinutes(1));
    }
}
