namespace MockInterview.Interviews;

/// <summary>Input of <see cref="BeginSummaryActivity"/>.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Unanswered">The question left open when the candidate ended early, if any.</param>
/// <param name="ClosingTurnIndex">The position of the closing question.</param>
public sealed record BeginSummaryInput(string InterviewId, AskedQuestion? Unanswered, int ClosingTurnIndex);
