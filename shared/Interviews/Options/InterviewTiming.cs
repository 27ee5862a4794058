namespace MockInterview.Interviews;

/// <summary>The clock of one interview, fixed when it starts.</summary>
/// <param name="QuestionPhase">Time for questions and follow-ups.</param>
/// <param name="SummaryPhase">Time for the summary and closing question.</param>
/// <param name="AnswerTimeLimit">Time to answer one question.</param>
/// <param name="MaxFollowUpsPerQuestion">Follow-ups allowed per main question.</param>
public sealed record InterviewTiming(
    TimeSpan QuestionPhase,
    TimeSpan SummaryPhase,
    TimeSpan AnswerTimeLimit,
    int MaxFollowUpsPerQuestion)
{
    /// <summary>The timing of a mode; <paramref name="durationMinutes"/> scales both phases in proportion.</summary>
    public static InterviewTiming From(InterviewModeOptions plan, int? durationMinutes)
    {
        var scale = durationMinutes is { } minutes ? minutes / plan.DefaultMinutes : 1.0;
        return new InterviewTiming(
            TimeSpan.FromSeconds(Math.Round(plan.QuestionMinutes * 60 * scale)),
            TimeSpan.FromSeconds(Math.Round(plan.SummaryMinutes * 60 * scale)),
            TimeSpan.FromSeconds(plan.AnswerTimeLimitSeconds),
            plan.MaxFollowUpsPerQuestion);
    }
}
