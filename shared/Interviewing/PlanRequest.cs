namespace MockInterview.Interviewing;

/// <summary>Input of <see cref="IInterviewerBrain.PlanAsync"/>.</summary>
/// <param name="InterviewId">Seeds any choice so that the same interview always gets the same plan.</param>
/// <param name="Mode">The interview mode.</param>
/// <param name="Candidate">Candidate and job.</param>
/// <param name="QuestionPhase">Time available for questions and follow-ups.</param>
public sealed record PlanRequest(string InterviewId, InterviewMode Mode, CandidateProfile Candidate, TimeSpan QuestionPhase);
