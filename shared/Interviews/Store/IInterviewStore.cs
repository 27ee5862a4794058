using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>The interview read model: what callers see of interviews, written by the API and the workflow's activities.</summary>
/// <remarks>Every write is idempotent (keyed upserts or conditional updates): activities run at least once.</remarks>
public interface IInterviewStore
{
    /// <summary>Creates the tables when they do not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Checks that the store can be reached.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);

    /// <summary>Adds an interview; a second call with the same id changes nothing.</summary>
    Task CreateAsync(InterviewRecord interview, CancellationToken cancellationToken);

    /// <summary>Removes an interview and its turns (used when its workflow could not be started).</summary>
    Task DeleteAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>The interview, or null.</summary>
    Task<InterviewRecord?> GetAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>Its turns, oldest first.</summary>
    Task<IReadOnlyList<TurnRecord>> GetTurnsAsync(string interviewId, CancellationToken cancellationToken);

    /// <summary>Writes a turn keyed by (interview, turn index).</summary>
    Task UpsertTurnAsync(TurnRecord turn, CancellationToken cancellationToken);

    /// <summary>Replaces the evaluations of answered turns with those of the final review, all in one write. Each turn
    /// keeps the evaluation it had as <see cref="TurnRecord.LiveEvaluation"/> (the first one kept stays on a repeat);
    /// an unanswered turn is left as it is.</summary>
    /// <param name="interviewId">The interview.</param>
    /// <param name="revised">The turns whose evaluation changed, carrying the new <see cref="TurnRecord.Evaluation"/>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task ReviseEvaluationsAsync(string interviewId, IReadOnlyList<TurnRecord> revised, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="next"/> the current question (null: none) unless a later question is already current.</summary>
    /// <returns>True when this call made the change; false when the interview had already moved past that turn
    /// or left the question phase (an activity re-run after a crash).</returns>
    Task<bool> SetCurrentQuestionAsync(string interviewId, int finishedTurnIndex, AskedQuestion? next, CancellationToken cancellationToken);

    /// <summary>Notes that the answer to <paramref name="questionId"/> was accepted, if it is still the current question.</summary>
    Task MarkAnswerPendingAsync(string interviewId, string questionId, CancellationToken cancellationToken);

    /// <summary>Notes that the candidate started answering <paramref name="questionId"/>, if it is still the current question,
    /// has a thinking deadline and was not started before: its answer is then due at <paramref name="answerDueAt"/>.</summary>
    Task MarkAnsweringStartedAsync(string interviewId, string questionId, DateTimeOffset startedAt, DateTimeOffset answerDueAt, CancellationToken cancellationToken);

    /// <summary>Switches a voice interview that has not completed to <paramref name="to"/>, recording when and why.</summary>
    /// <returns>True when this call changed the mode; false when it was already <paramref name="to"/>, the interview is
    /// a text interview or has completed.</returns>
    Task<bool> SwitchVoiceModeAsync(string interviewId, AnswerMode to, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    /// <summary>Notes that the candidate asked to end <paramref name="phase"/>, if the interview is still in it.</summary>
    Task MarkEndRequestedAsync(string interviewId, InterviewPhase phase, CancellationToken cancellationToken);

    /// <summary>Moves a question-phase interview to the summary phase with its closing question.</summary>
    Task BeginSummaryAsync(string interviewId, InterviewSummary summary, AskedQuestion closing, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>Stores the report and completes the interview.</summary>
    Task CompleteAsync(string interviewId, InterviewReport report, DateTimeOffset completedAt, CancellationToken cancellationToken);
}
