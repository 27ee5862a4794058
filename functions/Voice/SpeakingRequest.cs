namespace MockInterview.Functions.Voice;

/// <summary>Body of <c>POST /api/interviews/{id}/answers/speaking</c>: the client heard the candidate start to answer.</summary>
/// <param name="QuestionId">The question being answered.</param>
public sealed record SpeakingRequest(string? QuestionId);
