namespace MockInterview.Functions.Resumes;

/// <summary>Body of <c>POST /api/resumes/{id}/score</c>; both absent (or no body) asks for the general resume-quality score.</summary>
/// <param name="JobDescription">A job description as plain text, scored against without being stored.</param>
/// <param name="JobId">The id of a stored job description (see <c>POST /api/jobs</c>).</param>
public sealed record ScoreResumeRequest(string? JobDescription = null, string? JobId = null);
