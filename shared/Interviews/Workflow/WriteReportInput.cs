namespace MockInterview.Interviews;

/// <summary>Input of <see cref="WriteReportActivity"/>.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Closing">The closing question.</param>
/// <param name="Answer">Its answer, if the candidate gave one.</param>
/// <param name="EndedEarly">The candidate ended the question phase before its deadline.</param>
public sealed record WriteReportInput(string InterviewId, AskedQuestion Closing, AnswerSubmission? Answer, bool EndedEarly);
