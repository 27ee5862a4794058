namespace MockInterview.Interviewing.Planning;

/// <summary>Why a skill is a target of the plan.</summary>
internal enum SkillNeed
{
    /// <summary>The job description requires it.</summary>
    Required,

    /// <summary>The job description would welcome it (nice to have, a plus).</summary>
    NiceToHave,

    /// <summary>Only the resume names it: one of the candidate's strengths.</summary>
    ResumeStrength,
}
