namespace MockInterview.Interviews;

/// <summary>Bounds on what callers send (section <c>Interviews:Limits</c>).</summary>
public sealed class InterviewLimits
{
    /// <summary>Largest request body, in bytes (larger → 413).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest answer, in characters.</summary>
    public int MaxAnswerChars { get; set; } = 10_000;

    /// <summary>Longest question sent to the evaluate endpoint, in characters.</summary>
    public int MaxQuestionChars { get; set; } = 2_000;

    /// <summary>Longest candidate name, in characters.</summary>
    public int MaxNameChars { get; set; } = 100;

    /// <summary>Longest role or seniority, in characters.</summary>
    public int MaxRoleChars { get; set; } = 200;

    /// <summary>Longest resume or job description, in characters.</summary>
    public int MaxDocumentChars { get; set; } = 50_000;

    /// <summary>Shortest interview a caller may ask for, in minutes.</summary>
    public int MinDurationMinutes { get; set; } = 5;

    /// <summary>Longest interview a caller may ask for, in minutes.</summary>
    public int MaxDurationMinutes { get; set; } = 60;
}
