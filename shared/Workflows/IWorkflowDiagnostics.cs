namespace MockInterview.Workflows;

/// <summary>Read-only view of the engine's counters.</summary>
public interface IWorkflowDiagnostics
{
    /// <summary>The counters now; zeros before the engine has started.</summary>
    WorkflowStatistics GetStatistics();

    /// <summary>True when no event, activity or episode is waiting or running (future timers aside).</summary>
    /// <remarks>Tests on a manual clock wait for this before advancing it, so that every timer the workflows have
    /// decided on is armed first.</remarks>
    bool IsIdle { get; }
}
