namespace MockInterview.Workflows;

/// <summary>What a freshly opened database still has to do: loaded once when the engine starts.</summary>
internal sealed record PendingWork(
    IReadOnlyList<WorkflowState> RunningInstances,
    IReadOnlyList<(InboxMessage Message, DateTimeOffset VisibleAt)> Inbox,
    IReadOnlyList<(ActivityWorkItem Item, DateTimeOffset VisibleAt)> Activities);
