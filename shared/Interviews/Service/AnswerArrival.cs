namespace MockInterview.Interviews;

/// <summary>A spoken answer's audio arrived for a question: the answer is judged against <paramref name="ArrivedAt"/>
/// and accepted while the workflow still waits for it, until <paramref name="AcceptUntil"/>.</summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="ArrivedAt">When the audio arrived.</param>
/// <param name="AcceptUntil">The question's deadline, or later when the workflow holds the question open for the transcript.</param>
public sealed record AnswerArrival(string QuestionId, DateTimeOffset ArrivedAt, DateTimeOffset AcceptUntil);
