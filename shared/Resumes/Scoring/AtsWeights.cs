namespace MockInterview.Resumes.Scoring;

/// <summary>
/// Base weights of the components. The weights of the components that apply to a score are scaled to add up
/// to 100: without a job description (or when it names no nice-to-have skills) the others share the points.
/// </summary>
internal static class AtsWeights
{
    public static double Of(AtsComponentKind kind) => kind switch
    {
        AtsComponentKind.RequiredSkills => 35,
        AtsComponentKind.NiceToHaveSkills => 10,
        AtsComponentKind.ExperienceMatch => 20,
        AtsComponentKind.SkillEvidence => 20,
        AtsComponentKind.ExperienceDetail => 20,
        AtsComponentKind.SectionCompleteness => 10,
        AtsComponentKind.QuantifiedAchievements => 15,
        AtsComponentKind.LengthAndFormatting => 10,
        _ => 0,
    };

    public static string NameOf(AtsComponentKind kind) => kind switch
    {
        AtsComponentKind.RequiredSkills => "Required skills",
        AtsComponentKind.NiceToHaveSkills => "Nice-to-have skills",
        AtsComponentKind.ExperienceMatch => "Experience and seniority",
        AtsComponentKind.SkillEvidence => "Skills shown in work",
        AtsComponentKind.ExperienceDetail => "Experience detail",
        AtsComponentKind.SectionCompleteness => "Section completeness",
        AtsComponentKind.QuantifiedAchievements => "Quantified achievements",
        AtsComponentKind.LengthAndFormatting => "Length and formatting",
        _ => kind.ToString(),
    };

    /// <summary>Credit for a required or nice-to-have skill shown in experience or projects.</summary>
    public const double ShownInWork = 1.0;

    /// <summary>Credit for a skill only listed (skills section, summary, certifications).</summary>
    public const double ListedOnly = 0.6;

    /// <summary>Credit for a listed-only skill when the resume looks keyword-stuffed.</summary>
    public const double ListedOnlyWhenStuffed = 0.25;
}
