namespace MockInterview.Resumes.Scoring;

/// <summary>How a resume shows a skill.</summary>
internal enum SkillProof
{
    /// <summary>Not at all.</summary>
    Absent,
    /// <summary>Implied by a related skill the resume shows.</summary>
    Implied,
    /// <summary>Only in a skills list, the summary or certifications.</summary>
    Listed,
    /// <summary>In experience or projects.</summary>
    Shown,
}
