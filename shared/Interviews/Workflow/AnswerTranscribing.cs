namespace MockInterview.Interviews;

/// <summary>Payload of the <c>transcribing:{questionId}</c> event: a spoken answer arrived before the deadline and is
/// being transcribed, so the workflow keeps the question open past its deadline until <paramref name="HoldUntil"/>.</summary>
/// <param name="ArrivedAt">When the answer's audio arrived; the answer is judged against this time.</param>
/// <param name="HoldUntil">How long the question is held open for the transcript (the arrival plus a bounded grace).</param>
public sealed record AnswerTranscribing(DateTimeOffset ArrivedAt, DateTimeOffset HoldUntil);
