namespace MockInterview.Functions.Interviews;

/// <summary>Body of <c>POST /api/interviews/{id}/answers</c>.</summary>
/// <param name="QuestionId">The id of the current question.</param>
/// <param name="Text">The answer (at most 10,000 characters by default).</param>
public sealed record SubmitAnswerRequest(string? QuestionId, string? Text);
