namespace MockInterview.Resumes.Scoring;

/// <summary>What one component measured: the share of its weight earned, why, and what to change.</summary>
/// <param name="Kind">Which component.</param>
/// <param name="Fraction">Share of the weight earned, 0 to 1.</param>
/// <param name="Explanation">One sentence.</param>
/// <param name="Suggestions">Concrete changes, most valuable first.</param>
internal sealed record ComponentResult(AtsComponentKind Kind, double Fraction, string Explanation, IReadOnlyList<string> Suggestions);
