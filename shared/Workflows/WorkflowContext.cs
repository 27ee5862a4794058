namespace MockInterview.Workflows;

/// <summary>What workflow code sees of the engine: deterministic time, input, activities, timers and events.</summary>
/// <remarks>
/// Workflow code is replayed from its history after every await that leaves the process and after a restart,
/// so it must be deterministic: no I/O, no <c>DateTime.UtcNow</c>, no <c>Guid.NewGuid()</c>, no
/// <c>Task.Delay</c>, no <c>Task.Run</c>. Every side effect is an activity; time comes from
/// <see cref="CurrentUtcDateTime"/> and GUIDs from <see cref="NewGuid"/>. A run whose decisions differ from
/// its recorded history fails with <see cref="NonDeterministicWorkflowException"/>.
/// </remarks>
public abstract class WorkflowContext
{
    /// <summary>The instance being run.</summary>
    public abstract InstanceId InstanceId { get; }

    /// <summary>The workflow's registered name.</summary>
    public abstract string Name { get; }

    /// <summary>The time of the current episode, taken from history; the same on every replay.</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the code is re-executing decisions that are already in history.</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>The instance's input, deserialized.</summary>
    public abstract T GetInput<T>();

    /// <summary>Schedules an activity and returns its result; the activity runs at least once.</summary>
    /// <exception cref="ActivityFailedException">The activity failed after its retries.</exception>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, ActivityOptions? options = null);

    /// <summary>A durable timer that completes at <paramref name="fireAt"/> (UTC).</summary>
    /// <remarks>Cancelling the token abandons the timer: its later firing is ignored.</remarks>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken = default);

    /// <summary>Waits for an event raised to this instance with <paramref name="name"/> (case-insensitive).</summary>
    /// <remarks>Events that arrive before anyone waits are buffered; waiters are served first come first served.</remarks>
    public abstract Task<T> WaitForExternalEvent<T>(string name, CancellationToken cancellationToken = default);

    /// <summary>Waits for an event, or throws <see cref="TimeoutException"/> once <paramref name="timeout"/> has passed
    /// in workflow time.</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string name, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Ends this execution and restarts the instance with <paramref name="newInput"/> and an empty history.</summary>
    /// <param name="newInput">Input of the next execution.</param>
    /// <param name="preserveUnprocessedEvents">Carry events not yet consumed over to the next execution.</param>
    public abstract void ContinueAsNew(object? newInput, bool preserveUnprocessedEvents = true);

    /// <summary>Sets a small JSON-serializable status that clients can query.</summary>
    public abstract void SetCustomStatus(object? status);

    /// <summary>A GUID that is the same on every replay.</summary>
    public abstract Guid NewGuid();

    /// <summary>A logger that writes only when not replaying.</summary>
    public abstract Microsoft.Extensions.Logging.ILogger CreateReplaySafeLogger(string categoryName);

    /// <summary>A timer that completes after <paramref name="delay"/> of workflow time.</summary>
    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken = default) =>
        CreateTimer(CurrentUtcDateTime + delay, cancellationToken);
}
