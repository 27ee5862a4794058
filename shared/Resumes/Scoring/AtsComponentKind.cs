namespace MockInterview.Resumes.Scoring;

/// <summary>The parts an ATS score is made of.</summary>
public enum AtsComponentKind
{
    /// <summary>How many of the job's required skills the resume shows (in work counts more than in a list).</summary>
    RequiredSkills,
    /// <summary>How many of the job's nice-to-have skills the resume shows.</summary>
    NiceToHaveSkills,
    /// <summary>Years of experience against the minimum asked, and seniority against the level asked.</summary>
    ExperienceMatch,
    /// <summary>Without a job description: how many of the listed skills are shown in experience or projects.</summary>
    SkillEvidence,
    /// <summary>Without a job description: roles with titles, dates and bullets.</summary>
    ExperienceDetail,
    /// <summary>Contact, experience, education, skills and summary present.</summary>
    SectionCompleteness,
    /// <summary>Bullets with numbers, percentages or amounts.</summary>
    QuantifiedAchievements,
    /// <summary>Length, contact details, dense paragraphs, tables and columns, unreadable characters.</summary>
    LengthAndFormatting,
}
