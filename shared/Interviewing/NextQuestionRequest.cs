namespace MockInterview.Interviewing;

/// <summary>Input of <see cref="IInterviewerBrain.NextQuestionAsync"/>.</summary>
/// <param name="InterviewId">Seeds choices so that re-running a step gives the same question.</param>
/// <param name="Mode">The interview mode.</param>
/// <param name="Candidate">Candidate and job.</param>
/// <param name="Plan">The plan made at the start.</param>
/// <param name="Turns">Every turn so far, oldest first; the last one is the one just finished.</param>
/// <param name="TimeLeft">Time left in the question phase.</param>
/// <param name="MaxFollowUpsPerQuestion">Follow-ups allowed per main question.</param>
public sealed record NextQuestionRequest(
    string InterviewId,
    InterviewMode Mode,
    CandidateProfile Candidate,
    InterviewPlan Plan,
    IReadOnlyList<AnsweredTurn> Turns,
    TimeSpan TimeLeft,
    int MaxFollowUpsPerQuestion);
