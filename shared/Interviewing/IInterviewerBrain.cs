namespace MockInterview.Interviewing;

/// <summary>Decides what the interviewer asks and how answers are judged.</summary>
/// <remarks>
/// Implementations: offline (question bank and heuristics; no network; the default and the fallback) and,
/// later, LLM-backed. Calls are made from workflow activities, so they may be repeated after a crash: for the
/// same request a brain must give the same answer (seed any randomness from the interview id).
/// </remarks>
public interface IInterviewerBrain
{
    /// <summary>"offline", "llm", …: recorded with everything the brain produces.</summary>
    string Name { get; }

    /// <summary>Plans the main questions of an interview.</summary>
    Task<InterviewPlan> PlanAsync(PlanRequest request, CancellationToken cancellationToken);

    /// <summary>The next question: a follow-up of the last turn, the next planned question, or null when
    /// nothing sensible is left to ask.</summary>
    Task<InterviewQuestion?> NextQuestionAsync(NextQuestionRequest request, CancellationToken cancellationToken);

    /// <summary>Scores one answer, with reasons and flags.</summary>
    Task<AnswerEvaluation> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken);

    /// <summary>The final evaluations once the questions are over, all answers read together: one per turn of
    /// <see cref="ReviewRequest.Turns"/>, in the same order, null for an unanswered turn. A brain whose evaluations
    /// during the interview are already final (the offline brain) returns them as they are; one that scores live with a
    /// fast provisional scorer grades here, in one pass, before the summary is written.</summary>
    Task<IReadOnlyList<AnswerEvaluation?>> ReviewAsync(ReviewRequest request, CancellationToken cancellationToken);

    /// <summary>The end-of-interview summary and feedback.</summary>
    Task<InterviewSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);
}
