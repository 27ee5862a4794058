namespace MockInterview.Resumes.Profiles;

/// <summary>One project of the projects section.</summary>
/// <param name="Name">The project's name (its first line).</param>
/// <param name="Lines">The description lines, bullet markers removed.</param>
/// <param name="Skills">Canonical names of the skills named in the project.</param>
public sealed record ProjectEntry(string Name, IReadOnlyList<string> Lines, IReadOnlyList<string> Skills);
