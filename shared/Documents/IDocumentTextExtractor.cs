namespace MockInterview.Documents;

/// <summary>Turns an uploaded document (PDF, DOCX, plain text or Markdown) into normalised plain text.</summary>
/// <remarks>The format is decided by the content's magic bytes; the file name and content type are claims that must
/// agree with it. Every failure a user can cause ends in <see cref="DocumentRejectedException"/> (with a reason, a
/// user-safe message and the HTTP status to answer); a missing PDF tool ends in
/// <see cref="DocumentExtractionUnavailableException"/>. Nothing of the upload outlives the call: temporary files
/// are deleted before it returns.</remarks>
public interface IDocumentTextExtractor
{
    /// <summary>Reads <paramref name="content"/> (at most <c>Documents:MaxBytes</c>) and extracts its text.</summary>
    /// <param name="content">The uploaded bytes; read to the end, not disposed.</param>
    /// <param name="fileName">The name the user gave the file (only its extension is used).</param>
    /// <param name="contentType">The declared media type, if any (parameters such as <c>charset</c> are ignored).</param>
    /// <param name="cancellationToken">Cancels the read and kills any child process.</param>
    Task<ExtractedDocument> ExtractAsync(Stream content, string fileName, string? contentType, CancellationToken cancellationToken = default);
}
