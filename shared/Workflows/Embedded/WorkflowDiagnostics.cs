namespace MockInterview.Workflows;

/// <summary>Reads the embedded engine's counters.</summary>
internal sealed class WorkflowDiagnostics(WorkflowEngine engine) : IWorkflowDiagnostics
{
    public WorkflowStatistics GetStatistics() =>
        engine.Episodes is { } episodes && engine.Activities is { } activities
            ? new(episodes.CommittedEpisodes, activities.Runs, episodes.Replays, episodes.CachedExecutions)
            : new(0, 0, 0, 0);

    public bool IsIdle => engine.IsIdle;
}
