using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Scoring;

/// <summary>The sections an ATS looks for: contact 25%, experience 30%, skills 20%, education 15%, summary 10%.</summary>
internal static class SectionCompleteness
{
    public static ComponentResult Evaluate(ResumeProfile profile)
    {
        var parts = new (string Name, double Share, bool Present, double Partial, string Suggestion)[]
        {
            ("contact details", 0.25, profile.Contact.IsReachable, 0, "Add an email address and a phone number at the top."),
            ("experience", 0.30, profile.Experience.Count > 0, profile.Projects.Count > 0 ? 0.5 : 0, "Add an Experience section with your roles, employers and dates."),
            ("skills", 0.20, profile.Sections.Contains(ResumeSection.Skills), profile.Skills.Count > 0 ? 0.5 : 0, "Add a Skills section that names the tools and methods you use."),
            ("education", 0.15, profile.Education.Count > 0 || profile.Sections.Contains(ResumeSection.Education), profile.Certifications.Count > 0 ? 0.5 : 0, "Add an Education section (degrees, courses or certifications)."),
            ("summary", 0.10, profile.Summary is not null, 0, "Add a two-line summary that states your role, years and strongest skills."),
        };

        var fraction = parts.Sum(p => p.Share * (p.Present ? 1 : p.Partial));
        var missing = parts.Where(p => !p.Present).Select(p => p.Name).ToList();
        var explanation = missing.Count == 0
            ? "Has contact details, experience, skills, education and a summary."
            : $"Missing or incomplete: {string.Join(", ", missing)}.";
        return new ComponentResult(AtsComponentKind.SectionCompleteness, fraction, explanation, parts.Where(p => !p.Present).Select(p => p.Suggestion).ToList());
    }
}
