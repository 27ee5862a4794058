namespace MockInterview.Interviewing;

/// <summary>A strength or an improvement, with the candidate's own words as evidence.</summary>
/// <param name="Text">The point, in plain words.</param>
/// <param name="Evidence">A short verbatim quote from an answer; null when there is none (never invented).</param>
/// <param name="QuestionId">The question the quote answers.</param>
public sealed record Highlight(string Text, string? Evidence = null, string? QuestionId = null);
