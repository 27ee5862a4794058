namespace MockInterview.Resumes.Jobs;

/// <summary>What a job description asks for, parsed by <see cref="JobDescriptionParser"/>.</summary>
/// <param name="Title">The job title, when the text names one.</param>
/// <param name="Seniority">The level asked for.</param>
/// <param name="SeniorityEvidence">Why that level: the words or the years that decided it.</param>
/// <param name="MinimumYears">Years of experience asked for, when stated.</param>
/// <param name="RequiredSkills">Skills required, in order of first mention.</param>
/// <param name="NiceToHaveSkills">Skills welcomed but not required (never also in <paramref name="RequiredSkills"/>).</param>
/// <param name="Responsibilities">What the job holder will do, one line each.</param>
/// <param name="Keywords">Other recurring terms of the job description that are not skills of the taxonomy.</param>
/// <param name="Warnings">What could not be read or looked wrong.</param>
public sealed record JobProfile(
    string? Title,
    Seniority Seniority,
    string SeniorityEvidence,
    int? MinimumYears,
    IReadOnlyList<JobSkill> RequiredSkills,
    IReadOnlyList<JobSkill> NiceToHaveSkills,
    IReadOnlyList<string> Responsibilities,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Warnings)
{
    /// <summary>All skills: required first, then nice to have.</summary>
    public IEnumerable<JobSkill> AllSkills => RequiredSkills.Concat(NiceToHaveSkills);
}
