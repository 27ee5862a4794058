namespace MockInterview.Workflows;

/// <summary>Told about every committed change of an instance's state, so hosts can react without polling.</summary>
/// <remarks>
/// Register any number with <c>services.AddSingleton&lt;IWorkflowStateObserver, MyObserver&gt;()</c>. Called after
/// the change is durably committed: on start (<see cref="WorkflowStatus.Pending"/>), after each episode that
/// changed the status, custom status or output, and on completion, failure or termination. Calls for one
/// instance come in commit order, never concurrently; calls for different instances can be concurrent.
/// Runs on the engine's threads: return quickly and do not block (hand slow work to a queue). Exceptions are
/// logged and otherwise ignored.
/// </remarks>
public interface IWorkflowStateObserver
{
    /// <summary>The instance's state right after the commit.</summary>
    void OnStateChanged(WorkflowState state);
}
