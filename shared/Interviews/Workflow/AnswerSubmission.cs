namespace MockInterview.Interviews;

/// <summary>Payload of the <c>answer:{questionId}</c> event.</summary>
/// <param name="Text">The answer.</param>
/// <param name="SubmittedAt">When the API accepted it.</param>
public sealed record AnswerSubmission(string Text, DateTimeOffset SubmittedAt);
