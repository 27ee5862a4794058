namespace MockInterview.Interviews;

/// <summary>When the question phase, the interview and the current answer time end.</summary>
public sealed record DeadlinesView(DateTimeOffset QuestionsEndAt, DateTimeOffset EndsAt, DateTimeOffset? AnswerDueAt);
