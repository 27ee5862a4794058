namespace MockInterview.Resumes.Skills;

/// <summary>One skill of the taxonomy: its canonical name, its category and the other ways people write it.</summary>
/// <param name="Name">The canonical name shown to users (for example "Kubernetes").</param>
/// <param name="Category">The family the skill belongs to.</param>
/// <param name="Aliases">Other spellings and abbreviations that mean this skill (for example "k8s").</param>
/// <param name="Implies">Canonical names of skills that using this one shows (Terraform → Infrastructure as Code).</param>
public sealed record Skill(string Name, SkillCategory Category, IReadOnlyList<string> Aliases, IReadOnlyList<string> Implies)
{
    /// <summary>True for languages, frameworks, tools and other hands-on skills; false for soft and business skills.</summary>
    public bool IsTechnical => IsTechnicalCategory(Category);

    /// <summary>True for every category but soft skills and business skills.</summary>
    public static bool IsTechnicalCategory(SkillCategory category) => category is not (SkillCategory.SoftSkill or SkillCategory.Business);
}
