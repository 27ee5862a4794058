namespace MockInterview.Interviewing.Planning;

/// <summary>Free-text roles and seniorities read the way the planner reads them, for callers outside this library
/// (the LLM interviewer words questions per track and level, so that wording repeats across candidates).</summary>
public static class CandidateRoles
{
    /// <summary>The question-bank track of a free-text role ("Senior Java Developer" → "backend"); null when none matches.</summary>
    public static string? Track(string? role) => RoleProfile.TrackOf(role);

    /// <summary>"junior", "mid" or "senior", from the seniority field first and then the role title.</summary>
    public static string Level(string? seniority, string? role) => RoleProfile.LevelOf(seniority, role);
}
