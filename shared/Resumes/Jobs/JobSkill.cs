using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Jobs;

/// <summary>A skill a job description asks for.</summary>
/// <param name="Name">Canonical skill name.</param>
/// <param name="Category">Skill category.</param>
/// <param name="Importance">Required or nice to have.</param>
/// <param name="Evidence">The line of the job description that asks for it (at most 160 characters).</param>
/// <param name="Alternatives">Skills that satisfy the same need ("PostgreSQL or SQL Server"); empty when none.</param>
public sealed record JobSkill(string Name, SkillCategory Category, SkillImportance Importance, string Evidence, IReadOnlyList<string> Alternatives)
{
    /// <summary>The skill and its alternatives, as the job description names them ("PostgreSQL or Microsoft SQL Server").</summary>
    public string DisplayName => Alternatives.Count == 0 ? Name : string.Join(" or ", Alternatives.Prepend(Name));
}
