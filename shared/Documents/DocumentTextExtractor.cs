using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Documents.Detection;
using MockInterview.Documents.Docx;
using MockInterview.Documents.Normalization;
using MockInterview.Documents.Pdf;
using MockInterview.Documents.PlainText;

namespace MockInterview.Documents;

/// <summary>Reads the upload under the size limit, decides its format from its bytes, checks that against the
/// declared name and type, runs the format's reader, and normalises the text.</summary>
internal sealed partial class DocumentTextExtractor(
    PdfTextExtractor pdf,
    IOptions<DocumentExtractionOptions> options,
    ILogger<DocumentTextExtractor> logger) : IDocumentTextExtractor
{
    private readonly DocxTextExtractor docx = new(options);

    public async Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        DetectedContent? detected = null;
        try
        {
            var bytes = await ReadBoundedAsync(content, settings.MaxBytes, cancellationToken).ConfigureAwait(false);
            detected = FormatDetector.Detect(bytes, settings);
            var format = Resolve(detected, DeclaredType.FromFileName(fileName), DeclaredType.FromContentType(contentType));
            var raw = format switch
            {
                DocumentFormat.Pdf => await pdf.ExtractAsync(bytes, cancellationToken).ConfigureAwait(false),
                DocumentFormat.Docx => docx.Extract(bytes),
                _ => FromText(TextDecoder.Decode(bytes)),
            };

            var normalized = TextNormalizer.Normalize(raw.Text, settings.MaxOutputChars);
            if (normalized.Text.Length == 0)
            {
                throw DocumentRejections.NoText(format);
            }

            var warnings = raw.Warnings.ToList();
            if (normalized.Truncated || raw.Truncated)
            {
                warnings.Add($"The document has more text than the {settings.MaxOutputChars:N0} characters we read; the rest was left out.");
            }

            LogExtracted(logger, format, bytes.Length, normalized.Text.Length, raw.PageCount, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return new ExtractedDocument(normalized.Text, format, raw.PageCount, warnings);
        }
        catch (DocumentRejectedException e)
        {
            LogRejected(logger, e.Reason, detected?.Kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw DocumentRejections.TooLarge(maxBytes);
        }

        // One byte more than allowed tells an upload over the limit from one exactly at it.
        using var buffer = await BoundedStream.ReadAtMostAsync(content, maxBytes + 1, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > maxBytes)
        {
            throw DocumentRejections.TooLarge(maxBytes);
        }

        return buffer.Length == 0 ? throw DocumentRejections.Empty() : buffer.ToArray();
    }

    private static DocumentFormat Resolve(DetectedContent detected, DeclaredType byName, DeclaredType byType)
    {
        if (detected.Kind == ContentKind.EncryptedOffice)
        {
            throw DocumentRejections.Encrypted(
                "The Word document is protected with a password. Remove the password (File > Info > Protect Document) and upload it again.");
        }

        foreach (var claim in new[] { byName, byType })
        {
            // A claim of a supported format that the bytes contradict is a mismatch (a text file renamed .pdf);
            // other claims only matter when the bytes are a supported format (a PDF named .png).
            if (!claim.Accepts(detected.Kind) && (claim.Format is not null || detected.IsSupported))
            {
                throw DocumentRejections.Mismatch(claim.Description!, detected.Description);
            }
        }

        return detected.Kind switch
        {
            ContentKind.Pdf => DocumentFormat.Pdf,
            ContentKind.Docx => DocumentFormat.Docx,
            ContentKind.Text => byName.Format == DocumentFormat.Markdown || byType.Format == DocumentFormat.Markdown
                ? DocumentFormat.Markdown
                : DocumentFormat.PlainText,
            _ => throw Unsupported(detected),
        };
    }

    private static DocumentRejectedException Unsupported(DetectedContent detected) => DocumentRejections.Unsupported(
        detected.Description,
        detected.Kind switch
        {
            ContentKind.LegacyWord => "Legacy Word files are not supported: open it in Word or LibreOffice, save it as .docx or PDF, and upload that.",
            ContentKind.Image => "Images are not read (there is no text recognition): upload a PDF with selectable text, or a DOCX.",
            ContentKind.Rtf or ContentKind.OpenDocument => "Save it as .docx or PDF from your editor and upload that.",
            ContentKind.Markup => "Print or export it as a PDF, or save it as .docx, and upload that.",
            _ => "Upload a PDF with selectable text, a DOCX, or a plain-text (.txt or .md) file.",
        });

    private static RawExtraction FromText(DecodedText decoded) =>
        new(decoded.Text, null, decoded.Warning is null ? [] : [decoded.Warning]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Extracted {Format} document: {Bytes} bytes, {Characters} characters, {Pages} pages in {ElapsedMs:0} ms")]
    private static partial void LogExtracted(ILogger logger, DocumentFormat format, int bytes, int characters, int? pages, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document rejected: {Reason} (content {Kind}) after {ElapsedMs:0} ms")]
    private static partial void LogRejected(ILogger logger, DocumentRejectionReason reason, ContentKind? kind, double elapsedMs);
}
