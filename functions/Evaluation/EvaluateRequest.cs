namespace MockInterview.Functions.Evaluation;

/// <summary>Body of <c>POST /api/evaluate</c>.</summary>
/// <param name="Mode">screening, behavioral, technical or customized.</param>
/// <param name="Question">The question that was answered.</param>
/// <param name="Answer">The answer to score.</param>
public sealed record EvaluateRequest(string? Mode, string? Question, string? Answer);
