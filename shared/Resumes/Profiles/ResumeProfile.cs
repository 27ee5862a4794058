namespace MockInterview.Resumes.Profiles;

/// <summary>What a resume says, parsed from its plain text by <see cref="ResumeParser"/>.</summary>
/// <param name="Contact">Contact details (personal data: never log them).</param>
/// <param name="Summary">The summary or objective text, when present.</param>
/// <param name="Experience">Jobs, in the order written.</param>
/// <param name="YearsOfExperience">Total years of dated experience, overlapping periods counted once, one decimal.</param>
/// <param name="Education">Degrees and courses of study.</param>
/// <param name="Skills">Skills found, normalised to canonical names, most evidenced first.</param>
/// <param name="Projects">Projects.</param>
/// <param name="Certifications">Certifications and licences, one per entry.</param>
/// <param name="Sections">The sections found, in the order they appear.</param>
/// <param name="Layout">Length and formatting measures.</param>
/// <param name="Warnings">What could not be read or looked wrong, in plain words.</param>
/// <param name="AsOf">The date "Present" meant when months were counted.</param>
public sealed record ResumeProfile(
    ContactInfo Contact,
    string? Summary,
    IReadOnlyList<ExperienceEntry> Experience,
    double YearsOfExperience,
    IReadOnlyList<EducationEntry> Education,
    IReadOnlyList<ProfileSkill> Skills,
    IReadOnlyList<ProjectEntry> Projects,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<ResumeSection> Sections,
    ResumeLayout Layout,
    IReadOnlyList<string> Warnings,
    DateOnly AsOf)
{
    /// <summary>Finds a skill of the profile by canonical name (ordinal, case-insensitive).</summary>
    public ProfileSkill? FindSkill(string name) =>
        Skills.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Overrides the generated text so that contact details never reach a log through this record.</summary>
    public override string ToString() =>
        $"ResumeProfile {{ Sections = {Sections.Count}, Experience = {Experience.Count}, Years = {YearsOfExperience}, Skills = {Skills.Count}, {Contact} }}";
}
