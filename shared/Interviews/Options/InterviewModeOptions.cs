namespace MockInterview.Interviews;

/// <summary>The plan of one mode (section <c>Interviews:Modes:&lt;mode&gt;</c>).</summary>
public sealed class InterviewModeOptions
{
    /// <summary>Minutes of questions and follow-ups in a default-length interview.</summary>
    public double QuestionMinutes { get; set; } = 15;

    /// <summary>Minutes of summary and feedback in a default-length interview.</summary>
    public double SummaryMinutes { get; set; } = 5;

    /// <summary>Time to answer one question; an unanswered question is noted and the interview moves on.</summary>
    public int AnswerTimeLimitSeconds { get; set; } = 180;

    /// <summary>Follow-ups the interviewer may ask per main question.</summary>
    public int MaxFollowUpsPerQuestion { get; set; } = 2;

    /// <summary>The default length, questions and summary together.</summary>
    public double DefaultMinutes => QuestionMinutes + SummaryMinutes;
}
