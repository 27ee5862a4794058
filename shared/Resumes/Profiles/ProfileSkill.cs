using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Profiles;

/// <summary>A skill of the resume with where it was seen: listed, or shown in experience and projects.</summary>
/// <param name="Name">Canonical skill name.</param>
/// <param name="Category">Skill category.</param>
/// <param name="InSkillsSection">Mentions in the skills section.</param>
/// <param name="InExperience">Mentions in experience entries and projects (evidence of use).</param>
/// <param name="Elsewhere">Mentions in the summary, education, certifications and other text.</param>
public sealed record ProfileSkill(string Name, SkillCategory Category, int InSkillsSection, int InExperience, int Elsewhere)
{
    /// <summary>True when the skill appears in experience or projects, not only in a list.</summary>
    public bool IsEvidenced => InExperience > 0;

    /// <summary>All mentions.</summary>
    public int Mentions => InSkillsSection + InExperience + Elsewhere;
}
