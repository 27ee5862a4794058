namespace MockInterview.Interviewing;

/// <summary>An explained score of one answer.</summary>
/// <param name="Score">0–10 overall.</param>
/// <param name="Dimensions">0–10 per dimension (<see cref="ScoreDimensions"/>).</param>
/// <param name="Flags">Problems found, each lowering the score.</param>
/// <param name="Feedback">A short paragraph for the candidate.</param>
/// <param name="Reasons">Why the score is what it is, one sentence each.</param>
/// <param name="Source">Which brain produced it ("offline", "llm").</param>
public sealed record AnswerEvaluation(
    double Score,
    IReadOnlyDictionary<string, double> Dimensions,
    IReadOnlyList<AnswerFlag> Flags,
    string Feedback,
    IReadOnlyList<string> Reasons,
    string Source);
