namespace MockInterview.Interviews;

/// <summary>Where an interview is.</summary>
public enum InterviewPhase
{
    /// <summary>Questions and follow-ups.</summary>
    Questions,

    /// <summary>Summary and closing question.</summary>
    Summary,

    /// <summary>Done; the report is ready.</summary>
    Completed,
}
