namespace MockInterview.Interviews;

/// <summary>Input of <see cref="AdvanceInterviewActivity"/>.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Finished">The question just answered or timed out.</param>
/// <param name="Answer">Its answer; null when its time ran out.</param>
public sealed record AdvanceInterviewInput(string InterviewId, AskedQuestion Finished, AnswerSubmission? Answer);
