namespace MockInterview.Interviewing;

/// <summary>The kinds of interview a candidate can practise.</summary>
public enum InterviewMode
{
    /// <summary>Screening / HR call: motivation, background, logistics.</summary>
    Screening,

    /// <summary>Behavioral: past situations, answered in STAR form.</summary>
    Behavioral,

    /// <summary>Technical: role-track knowledge and reasoning.</summary>
    Technical,

    /// <summary>Built from the candidate's resume and the job description.</summary>
    Customized,
}
