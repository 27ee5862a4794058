namespace MockInterview.Functions.Resumes;

/// <summary>The upload request itself is wrong (not multipart, no file part, malformed, too large); nothing was stored.</summary>
/// <param name="statusCode">The HTTP status to answer.</param>
/// <param name="code">The machine-readable reason, sent as the problem's <c>code</c>.</param>
/// <param name="detail">A user-safe sentence saying what was wrong and what to do.</param>
internal sealed class UploadRejectedException(int statusCode, string code, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public string Detail { get; } = detail;
}
