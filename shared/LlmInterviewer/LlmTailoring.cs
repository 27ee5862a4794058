namespace MockInterview.LlmInterviewer;

/// <summary>Which interviews get their planned questions rewritten for the candidate's resume and job description (one
/// call per interview that reads them). The others get each question worded for the role and level, which repeats
/// across candidates and is served from the cache.</summary>
public enum LlmTailoring
{
    /// <summary>Customized interviews with a resume or job description.</summary>
    Customized,

    /// <summary>Every interview with a resume or job description.</summary>
    Always,

    /// <summary>None: every question is worded for role and level only.</summary>
    Never,
}
