namespace MockInterview.Workflows;

/// <summary>What an activity knows about its call.</summary>
/// <param name="InstanceId">The workflow instance that called it.</param>
/// <param name="Name">The activity's registered name.</param>
/// <param name="TaskId">The call's id within the instance's history (stable across retries: use it for idempotency keys).</param>
/// <param name="Attempt">1 for the first attempt, then 2, 3, …</param>
/// <param name="CancellationToken">Signalled when the host shuts down.</param>
public sealed record ActivityContext(
    InstanceId InstanceId,
    string Name,
    int TaskId,
    int Attempt,
    CancellationToken CancellationToken);
