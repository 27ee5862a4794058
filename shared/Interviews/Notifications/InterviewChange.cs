namespace MockInterview.Interviews;

/// <summary>Something visible changed in an interview; subscribers read the new state from the store.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Phase">Its phase after the change.</param>
/// <param name="QuestionId">Its current question after the change, if any.</param>
public sealed record InterviewChange(string InterviewId, InterviewPhase Phase, string? QuestionId);
