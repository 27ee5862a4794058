namespace MockInterview.Resumes.Profiles;

/// <summary>One job (or internship, or role) of the experience section.</summary>
/// <param name="Title">The job title, when one was recognised.</param>
/// <param name="Company">The employer, when one was recognised.</param>
/// <param name="Start">First month of the role (day 1), when dated.</param>
/// <param name="End">Last month of the role (day 1); null when current or undated.</param>
/// <param name="IsCurrent">True for "Present", "Current", "now".</param>
/// <param name="Months">Length in whole months, both ends counted; 0 when undated.</param>
/// <param name="Bullets">The achievement and duty lines, bullet markers removed.</param>
/// <param name="Skills">Canonical names of the skills named in this entry.</param>
public sealed record ExperienceEntry(
    string? Title,
    string? Company,
    DateOnly? Start,
    DateOnly? End,
    bool IsCurrent,
    int Months,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<string> Skills);
