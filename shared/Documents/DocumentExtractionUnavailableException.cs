namespace MockInterview.Documents;

/// <summary>Extraction cannot run on this server (a required tool is missing); not the user's fault.</summary>
/// <remarks>Map to HTTP 503; <see cref="Detail"/> tells an operator what to install and is safe to show.</remarks>
public sealed class DocumentExtractionUnavailableException(string detail, Exception? innerException = null)
    : Exception(detail, innerException)
{
    /// <summary>A short title for a problem response.</summary>
    public string Title => "Document extraction is unavailable";

    /// <summary>What is missing and how to install it.</summary>
    public string Detail { get; } = detail;

    /// <summary>The HTTP status to answer with (503).</summary>
    public int StatusCode => 503;
}
