namespace MockInterview.Documents;

/// <summary>The user-facing wording of every rejection, in one place so that messages stay consistent and never
/// carry tool output or file content.</summary>
internal static class DocumentRejections
{
    private const string UploadTextFormats = "Upload a PDF with selectable text, a DOCX, or a plain-text file.";

    public static DocumentRejectedException TooLarge(long maxBytes) => new(
        DocumentRejectionReason.TooLarge,
        "The file is too large",
        $"Files can be at most {FormatSize(maxBytes)}. Remove images or export a smaller copy and upload it again.");

    public static DocumentRejectedException Empty() => new(
        DocumentRejectionReason.Empty, "The file is empty", "The uploaded file has no content. " + UploadTextFormats);

    public static DocumentRejectedException Unsupported(string what, string advice) => new(
        DocumentRejectionReason.UnsupportedFormat, "This file format is not supported", $"The file is {what}. {advice}");

    public static DocumentRejectedException Mismatch(string claimed, string actual) => new(
        DocumentRejectionReason.ContentMismatch,
        "The file's content does not match its type",
        $"The file is named or typed as {claimed}, but its content is {actual}. Upload the document in its original format.");

    public static DocumentRejectedException Corrupt(string what, Exception? cause = null) => new(
        DocumentRejectionReason.Corrupt,
        "The file is damaged",
        $"The {what} could not be read; it may be damaged or incomplete. Export it again and upload the new copy.",
        cause);

    public static DocumentRejectedException Encrypted(string detail) => new(
        DocumentRejectionReason.Encrypted, "The file is protected", detail);

    public static DocumentRejectedException NoText(DocumentFormat format) => new(
        DocumentRejectionReason.NoText,
        "No text found",
        format == DocumentFormat.Pdf
            ? "No text found in the PDF; it is probably a scan or an image. Upload a text PDF or DOCX."
            : "No text found in the document. " + UploadTextFormats);

    public static DocumentRejectedException TooManyPages(int pages, int maxPages) => new(
        DocumentRejectionReason.TooManyPages,
        "The document has too many pages",
        $"The document has {pages} pages; at most {maxPages} are accepted. Upload a shorter version.");

    public static DocumentRejectedException TooComplex(string detail) => new(
        DocumentRejectionReason.TooComplex, "The file is too complex to process", detail);

    public static DocumentRejectedException TimedOut() => new(
        DocumentRejectionReason.TimedOut,
        "Reading the file took too long",
        "Reading the file took longer than allowed. Export a simpler copy (for example \"Save as PDF\" from your editor) and upload it again.");

    private static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
