namespace MockInterview.Workflows;

/// <summary>The in-memory scheduling state of one instance: its unprocessed messages and armed timers.</summary>
/// <remarks>At most one episode runs per slot (<see cref="Scheduled"/> stays true while it runs), which is what
/// serializes an instance's episodes while different instances run in parallel. Guarded by locking the slot.</remarks>
internal sealed class InstanceSlot(InstanceId id)
{
    public InstanceId Id { get; } = id;

    /// <summary>Messages waiting for the next episode, in arrival order.</summary>
    public List<InboxMessage> Pending { get; set; } = [];

    /// <summary>Messages that arrived before the instance's delayed start; not counted as outstanding work.</summary>
    public List<InboxMessage> Deferred { get; set; } = [];

    /// <summary>True while the slot is queued for, or running, an episode.</summary>
    public bool Scheduled { get; set; }

    /// <summary>The slot left the engine's table (finished or purged instance); a new one replaces it if needed.</summary>
    public bool Removed { get; set; }

    /// <summary>Armed timers by (execution id, task id), so a timeout that lost its race can be disarmed.</summary>
    public Dictionary<(int ExecutionId, int TaskId), DueEntry> Timers { get; } = [];
}
