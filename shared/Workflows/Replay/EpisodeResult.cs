namespace MockInterview.Workflows;

/// <summary>What one episode decided; the engine commits it atomically.</summary>
/// <param name="NewHistory">Events to append to the history, in order.</param>
/// <param name="NewActions">Activities to dispatch and timers to arm.</param>
/// <param name="CancelledTimers">Timers whose firing no longer matters (a timeout lost its race).</param>
/// <param name="Output">The output (completed) or the next input (continued as new).</param>
/// <param name="CarriedEvents">Events handed to the next execution on continue-as-new.</param>
internal sealed record EpisodeResult(
    EpisodeOutcome Outcome,
    IReadOnlyList<HistoryEvent> NewHistory,
    IReadOnlyList<PendingAction> NewActions,
    IReadOnlyList<int> CancelledTimers,
    string? CustomStatus,
    string? Output,
    WorkflowFailure? Failure,
    IReadOnlyList<HistoryEvent> CarriedEvents);
