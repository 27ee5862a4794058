using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Everything the interview workflow needs, fixed when the interview starts.</summary>
/// <param name="InterviewId">The interview (and workflow instance) id.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Candidate">Candidate and job.</param>
/// <param name="Plan">The planned main questions.</param>
/// <param name="Timing">Phase lengths and per-question limits.</param>
/// <param name="FirstQuestion">The first question, already asked and recorded by the API.</param>
/// <param name="QuestionsEndAt">End of the question phase.</param>
/// <param name="EndsAt">End of the interview.</param>
public sealed record InterviewInput(
    string InterviewId,
    InterviewMode Mode,
    CandidateProfile Candidate,
    InterviewPlan Plan,
    InterviewTiming Timing,
    AskedQuestion FirstQuestion,
    DateTimeOffset QuestionsEndAt,
    DateTimeOffset EndsAt);
