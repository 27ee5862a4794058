namespace MockInterview.Interviews;

/// <summary>An answer was accepted; the next question follows through GET or the event stream.</summary>
public sealed record AnswerAccepted(string QuestionId, bool Accepted);
