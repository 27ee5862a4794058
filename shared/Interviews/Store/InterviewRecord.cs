using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>One interview in the read model.</summary>
/// <param name="Id">32 hex characters; also the workflow instance id.</param>
/// <param name="Owner">The caller who started it.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Candidate">Candidate and job.</param>
/// <param name="Plan">The planned main questions.</param>
/// <param name="Timing">Phase lengths and per-question limits.</param>
/// <param name="Brain">Which brain planned it.</param>
/// <param name="Phase">Where it is.</param>
/// <param name="Current">The question waiting for an answer; null between questions and once completed.</param>
/// <param name="PendingAnswerQuestionId">The current question's answer was accepted and is being processed.</param>
/// <param name="EndRequestedIn">The phase in which the candidate asked to end; answers are refused until the phase changes.</param>
/// <param name="CreatedAt">When it started.</param>
/// <param name="QuestionsEndAt">End of the question phase.</param>
/// <param name="EndsAt">End of the whole interview (moves earlier when the candidate ends early).</param>
/// <param name="SummaryStartedAt">When the summary phase began.</param>
/// <param name="Summary">The brain's summary, from the summary phase on.</param>
/// <param name="Report">The report, once completed.</param>
/// <param name="CompletedAt">When the report was written.</param>
/// <param name="Voice">The voice state of a voice interview; null for a text interview.</param>
public sealed record InterviewRecord(
    string Id,
    string Owner,
    InterviewMode Mode,
    CandidateProfile Candidate,
    InterviewPlan Plan,
    InterviewTiming Timing,
    string Brain,
    InterviewPhase Phase,
    AskedQuestion? Current,
    string? PendingAnswerQuestionId,
    InterviewPhase? EndRequestedIn,
    DateTimeOffset CreatedAt,
    DateTimeOffset QuestionsEndAt,
    DateTimeOffset EndsAt,
    DateTimeOffset? SummaryStartedAt = null,
    InterviewSummary? Summary = null,
    InterviewReport? Report = null,
    DateTimeOffset? CompletedAt = null,
    VoiceState? Voice = null);
