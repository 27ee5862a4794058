namespace MockInterview.Interviews;

/// <summary>How an answer of a voice interview was given.</summary>
public enum AnsweredBy
{
    /// <summary>Typed while voice was available (the candidate chose to type).</summary>
    Typed,

    /// <summary>Spoken.</summary>
    Spoken,

    /// <summary>Typed because voice was unavailable at the time (the interview was in text mode).</summary>
    TypedWhileVoiceDown,
}
