namespace MockInterview.Workflows;

/// <summary>Read-only view of the engine's counters.</summary>
public interface IWorkflowDiagnostics
{
    /// <summary>The counters now; zeros before the engine has started.</summary>
    WorkflowStatistics GetStatistics();
}
