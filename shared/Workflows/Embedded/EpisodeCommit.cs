namespace MockInterview.Workflows;

/// <summary>Everything one episode writes, in one transaction.</summary>
/// <param name="FirstSequence">History sequence number of the first appended event.</param>
/// <param name="ConsumedInbox">Inbox rows the episode applied (or discarded as stale).</param>
/// <param name="CancelledTimers">Timer task ids of <paramref name="ExecutionId"/> whose inbox rows can go.</param>
/// <param name="NextStart">On continue-as-new, the start message of the next execution.</param>
internal sealed record EpisodeCommit(
    WorkflowState State,
    int ExecutionId,
    int FirstSequence,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<long> ConsumedInbox,
    IReadOnlyList<int> CancelledTimers,
    IReadOnlyList<ActivityWorkItem> NewActivities,
    IReadOnlyList<InboxMessage> NewTimers,
    InboxMessage? NextStart);
