namespace MockInterview.Interviewing.Scoring;

/// <summary>One rubric point and its content word stems, matched against answers.</summary>
internal sealed record RubricPoint(string Text, IReadOnlySet<string> Stems)
{
    /// <summary>Longer points need two matching words, so one generic word does not count as covering them.</summary>
    public bool IsCoveredBy(IReadOnlySet<string> answerStems) =>
        Stems.Count(answerStems.Contains) >= (Stems.Count >= 4 ? 2 : 1);
}
