namespace MockInterview.Workflows;

/// <summary>Starts, signals, queries, terminates and purges workflow instances.</summary>
public interface IWorkflowClient
{
    /// <summary>Starts a new instance of <paramref name="workflowName"/>.</summary>
    /// <exception cref="WorkflowAlreadyExistsException">An instance with the requested id exists and is not purged.</exception>
    Task<InstanceId> StartAsync(string workflowName, object? input, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Raises an event to a running instance; returns once the event is durably stored.</summary>
    /// <exception cref="WorkflowNotFoundException">No such instance.</exception>
    /// <exception cref="WorkflowNotRunningException">The instance has completed, failed or been terminated.</exception>
    /// <exception cref="DuplicateEventException">An event with the same deduplication key was already raised to this instance.</exception>
    Task RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, RaiseEventOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The instance's current state, or null when there is no such instance.</summary>
    Task<WorkflowState?> GetAsync(InstanceId instanceId, CancellationToken cancellationToken = default);

    /// <summary>Waits until the instance completes, fails or is terminated, or <paramref name="cancellationToken"/> fires.</summary>
    Task<WorkflowState> WaitForCompletionAsync(InstanceId instanceId, CancellationToken cancellationToken = default);

    /// <summary>Terminates a running instance; a finished one is left as it is.</summary>
    /// <remarks>Returns once the request is durably stored; the instance turns <see cref="WorkflowStatus.Terminated"/>
    /// in its next episode (use <see cref="WaitForCompletionAsync"/> to wait for it).</remarks>
    /// <exception cref="WorkflowNotFoundException">No such instance.</exception>
    Task TerminateAsync(InstanceId instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a finished instance and its history; returns false when there was none.</summary>
    /// <exception cref="InvalidOperationException">The instance is still pending or running.</exception>
    Task<bool> PurgeAsync(InstanceId instanceId, CancellationToken cancellationToken = default);
}
