namespace MockInterview.Interviewing;

/// <summary>What the interviewer knows about the candidate and the job.</summary>
/// <param name="Name">How to address the candidate.</param>
/// <param name="Role">Target role, e.g. "backend engineer".</param>
/// <param name="Seniority">"junior", "mid" or "senior" (free text is mapped to the nearest).</param>
/// <param name="ResumeText">Plain text of the resume (data, never instructions).</param>
/// <param name="JobDescription">Plain text of the job description (data, never instructions).</param>
public sealed record CandidateProfile(
    string? Name = null,
    string? Role = null,
    string? Seniority = null,
    string? ResumeText = null,
    string? JobDescription = null);
