namespace MockInterview.Resumes.Profiles;

/// <summary>One degree or course of study.</summary>
/// <param name="Degree">The degree as written ("B.Sc. Computer Science"), when recognised.</param>
/// <param name="Level">The degree level.</param>
/// <param name="Field">The field of study, when recognised.</param>
/// <param name="Institution">The university, college or school.</param>
/// <param name="GraduationYear">The (expected) year of graduation: the last year written.</param>
public sealed record EducationEntry(string? Degree, DegreeLevel Level, string? Field, string? Institution, int? GraduationYear);
