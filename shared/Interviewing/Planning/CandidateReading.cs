using MockInterview.Interviewing.Bank;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Profiles;

namespace MockInterview.Interviewing.Planning;

/// <summary>The candidate's resume and the job description as the Resumes parsers read them: normalised skills,
/// required or nice to have, where the resume shows each skill, projects, years and level. Read once per plan; lines
/// written as instructions to an AI are set aside by the parsers and never reach a plan.</summary>
/// <param name="Resume">The parsed resume; null without resume text.</param>
/// <param name="Job">The parsed job description; null without one.</param>
internal sealed record CandidateReading(ResumeProfile? Resume, JobProfile? Job)
{
    /// <summary>Below this many years of dated experience a resume reads as junior.</summary>
    public const double JuniorBelowYears = 2;

    /// <summary>From this many years of dated experience a resume reads as senior.</summary>
    public const double SeniorFromYears = 5;

    public static CandidateReading None { get; } = new(null, null);

    /// <summary>Reads the candidate's texts; <paramref name="asOf"/> is the date "Present" means in the resume.</summary>
    public static CandidateReading Read(CandidateProfile candidate, DateOnly asOf) =>
        new(
            string.IsNullOrWhiteSpace(candidate.ResumeText) ? null : ResumeParser.Parse(candidate.ResumeText, asOf),
            string.IsNullOrWhiteSpace(candidate.JobDescription) ? null : JobDescriptionParser.Parse(candidate.JobDescription));

    /// <summary>The level the texts suggest when the candidate gave none: the job's level (the interview practises for
    /// that job), else the resume's years of dated experience; null when neither says.</summary>
    public string? Level()
    {
        switch (Job?.Seniority)
        {
            case Seniority.Junior:
                return QuestionLevels.Junior;
            case Seniority.Mid:
                return QuestionLevels.Mid;
            case Seniority.Senior or Seniority.Lead:
                return QuestionLevels.Senior;
        }

        if (Resume is { YearsOfExperience: > 0 } resume)
        {
            return resume.YearsOfExperience < JuniorBelowYears ? QuestionLevels.Junior
                : resume.YearsOfExperience >= SeniorFromYears ? QuestionLevels.Senior
                : QuestionLevels.Mid;
        }

        return null;
    }
}
