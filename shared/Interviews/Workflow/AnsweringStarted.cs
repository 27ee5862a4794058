namespace MockInterview.Interviews;

/// <summary>Payload of the <c>started:{questionId}</c> event: the candidate started answering a voice question (or voice
/// went down and the thinking limit no longer applies), so its answer time runs from now.</summary>
/// <param name="At">When the API accepted it.</param>
/// <param name="AnswerDueAt">When the answer time runs out: <paramref name="At"/> plus the answer time limit, capped by
/// the end of the question phase (the read model shows the same).</param>
/// <param name="Cause">speech (the client heard the candidate), audio (answer audio arrived) or textMode (voice went down).</param>
public sealed record AnsweringStarted(DateTimeOffset At, DateTimeOffset AnswerDueAt, string Cause);
