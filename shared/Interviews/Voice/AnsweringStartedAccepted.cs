namespace MockInterview.Interviews;

/// <summary>The candidate started answering the current question; the answer time runs from then.</summary>
/// <param name="QuestionId">The question.</param>
/// <param name="StartedAt">When the start was recorded (the first report counts; repeats change nothing).</param>
/// <param name="AnswerDueAt">When the answer time now runs out.</param>
public sealed record AnsweringStartedAccepted(string QuestionId, DateTimeOffset StartedAt, DateTimeOffset AnswerDueAt);
