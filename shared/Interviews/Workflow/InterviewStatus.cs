namespace MockInterview.Interviews;

/// <summary>The workflow's custom status, for debugging.</summary>
/// <param name="Phase">Where the workflow is.</param>
/// <param name="QuestionId">The question it waits on, if any.</param>
/// <param name="TurnIndex">Its position.</param>
public sealed record InterviewStatus(InterviewPhase Phase, string? QuestionId, int? TurnIndex);
