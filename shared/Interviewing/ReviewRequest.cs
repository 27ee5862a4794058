namespace MockInterview.Interviewing;

/// <summary>Input of <see cref="IInterviewerBrain.ReviewAsync"/>.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Mode">The interview mode.</param>
/// <param name="Candidate">Candidate and job.</param>
/// <param name="Turns">Every turn so far, in order, with the evaluations given during the interview.</param>
public sealed record ReviewRequest(string InterviewId, InterviewMode Mode, CandidateProfile Candidate, IReadOnlyList<AnsweredTurn> Turns);
