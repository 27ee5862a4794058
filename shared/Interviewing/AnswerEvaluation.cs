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
    string Source)
{
    /// <summary>An outline of a stronger answer: what this answer missed first, drawn from the question's rubric
    /// (and the STAR frame for stories). Empty when the answer left nothing to add.</summary>
    public IReadOnlyList<string> StrongerAnswer { get; init; } = [];

    /// <summary>Length and filler words of the answer.</summary>
    public AnswerStatistics Statistics { get; init; } = AnswerStatistics.None;

    /// <summary>The bank question whose rubric judged the answer: the question itself, its parent for a follow-up,
    /// or the closest bank question for a question typed in by hand; null when none was close enough.</summary>
    public string? RubricQuestionId { get; init; }

    /// <summary>Why this evaluation is less certain than usual ("the transcript may be imperfect" for a spoken answer the
    /// recogniser was unsure of); null when there is no such reason. It never lowers the score.</summary>
    public string? Caveat { get; init; }
}
