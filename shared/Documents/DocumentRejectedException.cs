namespace MockInterview.Documents;

/// <summary>An upload was refused for a reason the user can act on.</summary>
/// <remarks><see cref="Title"/> and <see cref="Detail"/> are safe to show (they never contain tool output or file
/// content); map the exception to <c>application/problem+json</c> with <see cref="StatusCode"/>.</remarks>
public sealed class DocumentRejectedException : Exception
{
    /// <summary>Creates the exception; <paramref name="detail"/> must be safe to show to the user.</summary>
    public DocumentRejectedException(DocumentRejectionReason reason, string title, string detail, Exception? innerException = null)
        : base($"{reason}: {detail}", innerException)
    {
        Reason = reason;
        Title = title;
        Detail = detail;
    }

    /// <summary>The machine-readable reason.</summary>
    public DocumentRejectionReason Reason { get; }

    /// <summary>A short user-safe title, e.g. "The file is not a PDF".</summary>
    public string Title { get; }

    /// <summary>A user-safe sentence saying what was wrong and what to do.</summary>
    public string Detail { get; }

    /// <summary>The HTTP status to answer with: 413 too large, 415 unsupported or mismatched type, 422 otherwise.</summary>
    public int StatusCode => StatusCodeFor(Reason);

    /// <summary>The HTTP status for <paramref name="reason"/>.</summary>
    public static int StatusCodeFor(DocumentRejectionReason reason) => reason switch
    {
        DocumentRejectionReason.TooLarge => 413,
        DocumentRejectionReason.UnsupportedFormat or DocumentRejectionReason.ContentMismatch => 415,
        _ => 422,
    };
}
