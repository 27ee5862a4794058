namespace MockInterview.Workflows;

/// <summary>A snapshot of one instance, as a client sees it.</summary>
public sealed record WorkflowState(
    InstanceId InstanceId,
    string Name,
    WorkflowStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    string? SerializedInput,
    string? SerializedOutput,
    string? SerializedCustomStatus,
    WorkflowFailure? Failure)
{
    /// <summary>True once the instance can no longer change (completed, failed or terminated).</summary>
    public bool IsFinished => Status is WorkflowStatus.Completed or WorkflowStatus.Failed or WorkflowStatus.Terminated;

    /// <summary>The output, deserialized.</summary>
    public T? ReadOutputAs<T>() => WorkflowJson.Deserialize<T>(SerializedOutput);

    /// <summary>The custom status, deserialized.</summary>
    public T? ReadCustomStatusAs<T>() => WorkflowJson.Deserialize<T>(SerializedCustomStatus);
}
