namespace MockInterview.Resumes.Jobs;

/// <summary>Whether a job description requires a skill or would merely welcome it.</summary>
public enum SkillImportance
{
    /// <summary>Under requirements, or written with "must", "required", "strong".</summary>
    Required,
    /// <summary>Under nice-to-have, or written with "a plus", "preferred", "bonus".</summary>
    NiceToHave,
}
