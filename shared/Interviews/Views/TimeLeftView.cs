namespace MockInterview.Interviews;

/// <summary>Whole seconds left, never negative.</summary>
/// <param name="AnswerSeconds">For the current answer (for a voice question not yet started: until its thinking deadline); null without a current question.</param>
/// <param name="PhaseSeconds">In the current phase.</param>
/// <param name="TotalSeconds">In the interview.</param>
public sealed record TimeLeftView(int? AnswerSeconds, int PhaseSeconds, int TotalSeconds);
