namespace MockInterview.Interviews;

/// <summary>Payload of the <c>end</c> event.</summary>
/// <param name="Phase">The phase the candidate asked to end.</param>
/// <param name="RequestedAt">When the API accepted it.</param>
public sealed record EndRequest(InterviewPhase Phase, DateTimeOffset RequestedAt);
