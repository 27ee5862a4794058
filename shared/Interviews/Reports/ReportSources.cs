namespace MockInterview.Interviews;

/// <summary>Which brain produced which part of the report ("offline", "llm", …).</summary>
/// <param name="Plan">The question plan.</param>
/// <param name="Evaluations">The answer evaluations (distinct sources).</param>
/// <param name="Summary">The summary, strengths and improvements.</param>
public sealed record ReportSources(string Plan, IReadOnlyList<string> Evaluations, string Summary)
{
    /// <summary>The same in words for the reader, e.g. "Questions, scores and feedback: offline brain (rules and the
    /// question bank, no AI model)."</summary>
    public string Description { get; init; } = string.Empty;
}
