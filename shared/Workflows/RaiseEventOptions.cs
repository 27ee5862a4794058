namespace MockInterview.Workflows;

/// <summary>Options of <see cref="IWorkflowClient.RaiseEventAsync"/>.</summary>
/// <param name="DeduplicationKey">When set, a second event with the same key to the same instance is refused
/// with <see cref="DuplicateEventException"/>, atomically, for the life of the instance.</param>
public sealed record RaiseEventOptions(string? DeduplicationKey = null);
