namespace MockInterview.Workflows;

/// <summary>An activity call waiting to run (or to be retried): one row of the activities table.</summary>
internal sealed record ActivityWorkItem(
    long Id,
    InstanceId InstanceId,
    int ExecutionId,
    int TaskId,
    string Name,
    string? Input,
    int Attempt,
    ActivityOptions Options);
