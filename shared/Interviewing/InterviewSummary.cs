namespace MockInterview.Interviewing;

/// <summary>The end-of-interview feedback.</summary>
/// <param name="OverallScore">0–10, over all questions (unanswered ones count).</param>
/// <param name="Dimensions">0–10 per dimension.</param>
/// <param name="Strengths">What went well, each with a quote from the candidate as evidence.</param>
/// <param name="Improvements">What to work on, each with a quote as evidence where there is one.</param>
/// <param name="Narrative">A short spoken-style summary the interviewer gives at the end.</param>
/// <param name="Source">Which brain produced it ("offline", "llm").</param>
public sealed record InterviewSummary(
    double OverallScore,
    IReadOnlyDictionary<string, double> Dimensions,
    IReadOnlyList<Highlight> Strengths,
    IReadOnlyList<Highlight> Improvements,
    string Narrative,
    string Source);
