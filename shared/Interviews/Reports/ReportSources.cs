namespace MockInterview.Interviews;

/// <summary>Which brain produced which part of the report ("offline", "llm", …).</summary>
/// <param name="Plan">The question plan.</param>
/// <param name="Evaluations">The answer evaluations (distinct sources).</param>
/// <param name="Summary">The summary, strengths and improvements.</param>
public sealed record ReportSources(string Plan, IReadOnlyList<string> Evaluations, string Summary);
