using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Sandbox;

namespace MockInterview.Documents.Pdf;

/// <summary>Extracts the text layer of a PDF with poppler's <c>pdfinfo</c> and <c>pdftotext</c>, each in a
/// sandboxed child process.</summary>
/// <remarks>
/// Why poppler in a child process: no managed PDF text library restores here (PdfPig, iText, Docnet are absent;
/// PDFsharp yields glyph ids, not text), and a PDF parser of our own would be a large attack surface. pdftotext is
/// mature, handles fonts, encodings and damaged files, and as a separate process it can be given kernel limits
/// (memory, CPU, file size) and killed without harming the app; a crash or a hostile file costs one short-lived
/// process. Process start dominates the cost (a few tens of milliseconds per tool).
///
/// Reading order: pdftotext's default mode groups text into blocks and flows, so the sidebar and the main column of a
/// two-column resume come out one after the other, each whole, with blank lines between sections. <c>-layout</c>
/// keeps the physical layout and so interleaves the two columns line by line (a skill next to half an experience
/// sentence); <c>-raw</c> follows the content-stream order, which depends on the program that wrote the PDF and
/// loses the breaks between blocks. The fixtures in the tests compare the three modes' output on a two-column resume.
/// </remarks>
internal sealed partial class PdfTextExtractor(
    SandboxedProcessRunner runner,
    IOptions<DocumentExtractionOptions> options,
    TimeProvider time,
    ILogger<PdfTextExtractor> logger)
{
    private const string InputName = "document.pdf";

    private const string InstallHint =
        "PDF extraction needs poppler-utils (pdftotext, pdfinfo): install it (Debian/Ubuntu: apt-get install poppler-utils) "
        + "or set Documents:PdfToTextPath and Documents:PdfInfoPath.";

    // Real PDFs nest arrays and dictionaries a handful of levels; poppler itself stops recursing at 500.
    private const int MaxNesting = 100;

    private const string RepairedWarning =
        "The PDF has structural errors; it was repaired while reading and some text may be missing. Check the extracted text.";

    private readonly SemaphoreSlim slots = new(
        options.Value.MaxConcurrentPdfExtractions > 0 ? options.Value.MaxConcurrentPdfExtractions : Environment.ProcessorCount);

    public async Task<RawExtraction> ExtractAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (PdfNestingScanner.MaxDepth(pdf) > MaxNesting)
        {
            throw DocumentRejections.TooComplex(
                $"The PDF nests its internal structures more than {MaxNesting} levels deep, far beyond any real document, so it was not read.");
        }

        using (var wait = new CancellationTokenSource(settings.Timeout, time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token))
        {
            try
            {
                await slots.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new DocumentExtractionUnavailableException("The server is reading as many PDFs as it allows at once. Try again in a few seconds.");
            }
        }

        try
        {
            return await ExtractGatedAsync(pdf, settings, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<RawExtraction> ExtractGatedAsync(byte[] pdf, DocumentExtractionOptions settings, CancellationToken cancellationToken)
    {
        var folder = PrivateFolder.Create(settings.TemporaryDirectory, "mockinterview-document-");
        var directory = folder.Directory;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(directory.FullName, InputName), pdf, cancellationToken).ConfigureAwait(false);

            // pdfinfo prints the metadata (title, keywords) before the page count, and keyword-stuffed metadata can be
            // as large as the file, so its cap follows the upload limit.
            var maxInfoBytes = (int)Math.Min(int.MaxValue, settings.MaxBytes * 4 + 65_536);
            var info = await RunAsync(settings, settings.PdfInfoPath, ["-enc", "UTF-8", InputName], directory.FullName, maxInfoBytes, cancellationToken)
                .ConfigureAwait(false);
            if (info.ExitCode != 0 || info.TimedOut)
            {
                throw Classify(info);
            }

            var facts = PdfInfo.Parse(Encoding.UTF8.GetString(info.Output));
            if (facts.Pages is not > 0)
            {
                throw DocumentRejections.Corrupt("PDF (it has no readable pages)");
            }

            if (facts.Pages > settings.MaxPages)
            {
                throw DocumentRejections.TooManyPages(facts.Pages.Value, settings.MaxPages);
            }

            if (facts.CopyForbidden)
            {
                throw CopyForbidden();
            }

            // -l bounds the pages read even if pdftotext were to count them differently from pdfinfo.
            var maxOutputBytes = (int)Math.Min(int.MaxValue, (long)settings.MaxOutputChars * 4 + 4096);
            var text = await RunAsync(
                    settings,
                    settings.PdfToTextPath,
                    ["-enc", "UTF-8", "-eol", "unix", "-l", facts.Pages.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), InputName, "-"],
                    directory.FullName,
                    maxOutputBytes,
                    cancellationToken)
                .ConfigureAwait(false);
            if ((text.ExitCode != 0 && !text.OutputTruncated) || text.TimedOut)
            {
                throw Classify(text);
            }

            var warnings = new List<string>();
            if (IsRepaired(info.Errors) || IsRepaired(text.Errors))
            {
                warnings.Add(RepairedWarning);
            }

            return new RawExtraction(Encoding.UTF8.GetString(text.Output), facts.Pages, warnings, text.OutputTruncated);
        }
        finally
        {
            if (folder.Delete() is { } failure)
            {
                LogDeleteFailed(logger, directory.FullName, failure);
            }
        }
    }

    private async Task<ProcessOutcome> RunAsync(
        DocumentExtractionOptions settings,
        string tool,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        int maxOutputBytes,
        CancellationToken cancellationToken)
    {
        var command = new SandboxCommand(tool, arguments, workingDirectory, InstallHint) { PrlimitPath = settings.PrlimitPath };
        try
        {
            return await runner.RunAsync(command, settings.ToSandboxLimits(maxOutputBytes), standardInput: null, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SandboxToolUnavailableException e)
        {
            throw new DocumentExtractionUnavailableException(e.Message, e);
        }
    }

    private static bool IsRepaired(string errors) =>
        errors.Contains("Syntax Error", StringComparison.Ordinal) || errors.Contains("Internal Error", StringComparison.Ordinal);

    // poppler's exit codes: 1 the file could not be opened (damaged, or a password is needed), 3 its permissions
    // forbid the operation, 99 anything else. A signal means a prlimit limit ended the tool.
    private static DocumentRejectedException Classify(ProcessOutcome outcome)
    {
        if (outcome.TimedOut)
        {
            return DocumentRejections.TimedOut();
        }

        if (outcome.Signal is not null)
        {
            return DocumentRejections.TooComplex(
                "Reading the PDF needed more memory or processing time than allowed; it may be damaged or built to overload a server. "
                + "Export it again (for example \"Save as PDF\" from your editor) and upload the new copy.");
        }

        if (outcome.Errors.Contains("Incorrect password", StringComparison.Ordinal))
        {
            return DocumentRejections.Encrypted(
                "The PDF is protected with a password. Remove the password (or export an unprotected copy) and upload it again.");
        }

        return outcome.ExitCode == 3 ? CopyForbidden() : DocumentRejections.Corrupt("PDF");
    }

    private static DocumentRejectedException CopyForbidden() => DocumentRejections.Encrypted(
        "The PDF's security settings forbid copying its text. Export a copy without restrictions and upload it again.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not delete the temporary document directory {Directory}")]
    private static partial void LogDeleteFailed(ILogger logger, string directory, Exception exception);
}
