namespace MockInterview.Interviewing.Planning;

/// <summary>How far the resume backs a skill.</summary>
internal enum ResumeProof
{
    /// <summary>No resume was given, so nothing can be said either way.</summary>
    NoResume,

    /// <summary>The resume does not name it.</summary>
    None,

    /// <summary>Named (in a skills list, the summary or elsewhere) but not in any job or project.</summary>
    Named,

    /// <summary>Used in a job or project of the resume.</summary>
    Shown,
}
