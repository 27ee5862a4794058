namespace MockInterview.Workflows;

/// <summary>An activity failed after all its attempts.</summary>
public sealed class ActivityFailedException(string activityName, WorkflowFailure failure)
    : Exception($"Activity '{activityName}' failed: {failure.ErrorType}: {failure.Message}")
{
    /// <summary>The activity's name.</summary>
    public string ActivityName { get; } = activityName;

    /// <summary>What the last attempt threw.</summary>
    public WorkflowFailure Failure { get; } = failure;
}

/// <summary>Workflow code made a decision that does not match its recorded history.</summary>
public sealed class NonDeterministicWorkflowException(string message) : Exception(message);

/// <summary>No instance with that id exists.</summary>
public sealed class WorkflowNotFoundException(InstanceId instanceId)
    : Exception($"Workflow instance '{instanceId}' does not exist.")
{
    /// <summary>The id asked for.</summary>
    public InstanceId InstanceId { get; } = instanceId;
}

/// <summary>The instance exists but has finished.</summary>
public sealed class WorkflowNotRunningException(InstanceId instanceId, WorkflowStatus status)
    : Exception($"Workflow instance '{instanceId}' is {status}.")
{
    /// <summary>The id asked for.</summary>
    public InstanceId InstanceId { get; } = instanceId;

    /// <summary>Its status.</summary>
    public WorkflowStatus Status { get; } = status;
}

/// <summary>An instance with that id already exists.</summary>
public sealed class WorkflowAlreadyExistsException(InstanceId instanceId)
    : Exception($"Workflow instance '{instanceId}' already exists.")
{
    /// <summary>The id asked for.</summary>
    public InstanceId InstanceId { get; } = instanceId;
}

/// <summary>An event with the same deduplication key was already raised to the instance.</summary>
public sealed class DuplicateEventException(InstanceId instanceId, string deduplicationKey)
    : Exception($"An event with key '{deduplicationKey}' was already raised to '{instanceId}'.")
{
    /// <summary>The instance.</summary>
    public InstanceId InstanceId { get; } = instanceId;

    /// <summary>The key that was already used.</summary>
    public string DeduplicationKey { get; } = deduplicationKey;
}
