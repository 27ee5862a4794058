namespace MockInterview.Interviews;

/// <summary>The kinds of <see cref="InterviewResult{T}"/>.</summary>
public enum InterviewResultKind
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>No such interview for this caller.</summary>
    NotFound,

    /// <summary>Refused in the interview's current state.</summary>
    Conflict,
}
