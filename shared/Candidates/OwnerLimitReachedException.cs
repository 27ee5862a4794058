namespace MockInterview.Candidates;

/// <summary>The caller already keeps as many resumes (or job descriptions) as allowed; nothing was stored.</summary>
/// <remarks><see cref="Exception.Message"/> is safe to show; map to HTTP 409.</remarks>
public sealed class OwnerLimitReachedException(string message) : Exception(message);
