namespace MockInterview.Interviewing.Scoring;

/// <summary>One question with answers written at known quality levels (see <see cref="AnswerLevels"/>): either a
/// bank question (<paramref name="QuestionId"/>) or a typed-in one (<paramref name="QuestionText"/> and
/// <paramref name="Category"/>, scored as /api/evaluate scores it).</summary>
public sealed record LabelledCase(string? QuestionId, string? QuestionText, string? Category, IReadOnlyDictionary<string, string> Answers)
{
    /// <summary>The bank id, or the question text for a typed-in question.</summary>
    public string Key => QuestionId ?? QuestionText ?? string.Empty;

    /// <summary>The answer written at <paramref name="level"/>; empty when the case has none.</summary>
    public string this[string level] => Answers.GetValueOrDefault(level, string.Empty);

    public string Strong => this[AnswerLevels.Strong];
    public string Adequate => this[AnswerLevels.Adequate];
    public string Vague => this[AnswerLevels.Vague];
    public string OffTopic => this[AnswerLevels.OffTopic];
    public string Gibberish => this[AnswerLevels.Gibberish];
    public string Empty => this[AnswerLevels.Empty];
    public string Stuffed => this[AnswerLevels.Stuffed];
    public string Injection => this[AnswerLevels.Injection];
}
