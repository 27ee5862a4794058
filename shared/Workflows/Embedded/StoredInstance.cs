namespace MockInterview.Workflows;

/// <summary>An instance row as loaded on a cache miss, with the history of its current execution.</summary>
internal sealed record StoredInstance(WorkflowState State, int ExecutionId, IReadOnlyList<HistoryEvent> History);
