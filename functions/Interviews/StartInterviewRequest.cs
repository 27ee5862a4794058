namespace MockInterview.Functions.Interviews;

/// <summary>Body of <c>POST /api/interviews</c>.</summary>
/// <param name="Mode">screening, behavioral, technical or customized.</param>
/// <param name="CandidateName">How to address the candidate.</param>
/// <param name="Role">Target role.</param>
/// <param name="Seniority">junior, mid or senior (free text).</param>
/// <param name="ResumeText">Plain text of the resume.</param>
/// <param name="JobDescription">Plain text of the job description.</param>
/// <param name="DurationMinutes">Total length (5–60); both phases scale in proportion. Default 20.</param>
/// <param name="ResumeId">A stored resume of the caller (<c>POST /api/resumes</c>) whose text is used instead of <paramref name="ResumeText"/>.</param>
/// <param name="JobId">A stored job description of the caller (<c>POST /api/jobs</c>) used instead of <paramref name="JobDescription"/>.</param>
/// <param name="AnswerMode">text (default) or voice: spoken answers with a thinking time per question; typed answers are
/// accepted in both.</param>
public sealed record StartInterviewRequest(
    string? Mode,
    string? CandidateName = null,
    string? Role = null,
    string? Seniority = null,
    string? ResumeText = null,
    string? JobDescription = null,
    int? DurationMinutes = null,
    string? ResumeId = null,
    string? JobId = null,
    string? AnswerMode = null);
