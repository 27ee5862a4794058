namespace MockInterview.Interviews;

/// <summary>Whole seconds left, never negative.</summary>
/// <param name="AnswerSeconds">For the current answer; null without a current question.</param>
/// <param name="PhaseSeconds">In the current phase.</param>
/// <param name="TotalSeconds">In the interview.</param>
public sealed record TimeLeftView(int? AnswerSeconds, int PhaseSeconds, int TotalSeconds);
