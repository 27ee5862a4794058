namespace MockInterview.Interviews;

/// <summary>A request to end the current phase was accepted.</summary>
/// <param name="Id">The interview.</param>
/// <param name="Ending">The phase being ended: questions (→ summary) or summary (→ report).</param>
public sealed record EndAccepted(string Id, InterviewPhase Ending);
