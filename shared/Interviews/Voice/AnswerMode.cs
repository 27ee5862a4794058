namespace MockInterview.Interviews;

/// <summary>How the candidate answers: by typing or by speaking.</summary>
public enum AnswerMode
{
    /// <summary>Typed answers (the default).</summary>
    Text,

    /// <summary>Spoken answers, transcribed by the speech worker; typed answers are still accepted.</summary>
    Voice,
}
