namespace MockInterview.Interviewing;

/// <summary>Input of <see cref="IInterviewerBrain.SummarizeAsync"/>.</summary>
public sealed record SummaryRequest(string InterviewId, InterviewMode Mode, CandidateProfile Candidate, IReadOnlyList<AnsweredTurn> Turns);
