using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Jobs;

/// <summary>A skill a job description asks for.</summary>
/// <param name="Name">Canonical skill name.</param>
/// <param name="Category">Skill category.</param>
/// <param name="Importance">Required or nice to have.</param>
/// <param name="Evidence">The line of the job description that asks for it (at most 160 characters).</param>
public sealed record JobSkill(string Name, SkillCategory Category, SkillImportance Importance, string Evidence);
