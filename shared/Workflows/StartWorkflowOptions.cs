namespace MockInterview.Workflows;

/// <summary>Options of <see cref="IWorkflowClient.StartAsync"/>.</summary>
/// <param name="InstanceId">The id to use; a new random id when null.</param>
/// <param name="StartAt">Delay the first episode until this time (UTC).</param>
public sealed record StartWorkflowOptions(InstanceId? InstanceId = null, DateTimeOffset? StartAt = null);
