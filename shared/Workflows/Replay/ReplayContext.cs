using Microsoft.Extensions.Logging;

namespace MockInterview.Workflows;

/// <summary>The <see cref="WorkflowContext"/> given to workflow code; records its decisions as pending actions
/// and completes its tasks as the executor applies history events.</summary>
internal sealed class ReplayContext(InstanceId instanceId, string name, ILoggerFactory loggerFactory) : WorkflowContext
{
    private readonly SortedDictionary<int, PendingAction> pending = [];
    private readonly Dictionary<int, Action<HistoryEvent>> openTasks = [];
    private readonly Dictionary<string, LinkedList<EventWaiter>> waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<(long Arrival, HistoryEvent Event)>> buffered = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HistoryEvent> arrivedAfterContinueAsNew = [];
    private readonly List<int> cancelledTimers = [];
    private int nextTaskId;
    private long arrivals;
    private int guidCounter;

    public override InstanceId InstanceId { get; } = instanceId;

    public override string Name { get; } = name;

    public override DateTime CurrentUtcDateTime => Now;

    public override bool IsReplaying => Replaying;

    public DateTime Now { get; set; }

    public bool Replaying { get; set; }

    public string? Input { get; set; }

    public string? CustomStatus { get; private set; }

    public bool ContinueAsNewRequested { get; private set; }

    public string? ContinueAsNewInput { get; private set; }

    private bool PreserveUnprocessedEvents { get; set; }

    /// <summary>Decisions not yet matched by history, in task id order.</summary>
    public IReadOnlyCollection<PendingAction> PendingActions => pending.Values;

    public override T GetInput<T>() => WorkflowJson.Deserialize<T>(Input)!;

    public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, ActivityOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var id = nextTaskId++;
        pending[id] = new PendingAction(id, HistoryEventType.TaskScheduled, name, WorkflowJson.Serialize(input), options, default);
        var completion = new TaskCompletionSource<TResult>();
        openTasks[id] = recorded =>
        {
            if (recorded.Type == HistoryEventType.TaskFailed)
            {
                completion.SetException(new ActivityFailedException(name, recorded.Failure ?? new WorkflowFailure("Unknown", "No failure details.")));
                return;
            }

            Complete(completion, recorded.Data);
        };
        return completion.Task;
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken = default)
    {
        var completion = new TaskCompletionSource();
        var id = CreateTimerCore(fireAt, () => completion.TrySetResult());
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                CancelTimer(id);
                completion.TrySetCanceled(cancellationToken);
            });
        }

        return completion.Task;
    }

    public override Task<T> WaitForExternalEvent<T>(string name, CancellationToken cancellationToken = default) =>
        WaitForExternalEvent<T>(name, Timeout.InfiniteTimeSpan, cancellationToken);

    public override Task<T> WaitForExternalEvent<T>(string name, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (buffered.TryGetValue(name, out var queue) && queue.TryDequeue(out var early))
        {
            var ready = new TaskCompletionSource<T>();
            Complete(ready, early.Event.Data);
            return ready.Task;
        }

        if (timeout == TimeSpan.Zero)
        {
            return Task.FromException<T>(new TimeoutException($"No '{name}' event was waiting."));
        }

        var completion = new TaskCompletionSource<T>();
        var timerId = -1;
        var waiter = new EventWaiter(
            data =>
            {
                if (timerId >= 0)
                {
                    CancelTimer(timerId);
                }

                Complete(completion, data);
            });
        if (!waiters.TryGetValue(name, out var list))
        {
            waiters[name] = list = new LinkedList<EventWaiter>();
        }

        // Waiter first, then the timeout timer (which takes a task id): this order is part of replay and must not change.
        var node = list.AddLast(waiter);
        if (timeout > TimeSpan.Zero)
        {
            timerId = CreateTimerCore(Now + timeout, () =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                    completion.TrySetException(new TimeoutException($"No '{name}' event arrived within {timeout}."));
                }
            });
        }

        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                    if (timerId >= 0)
                    {
                        CancelTimer(timerId);
                    }

                    completion.TrySetCanceled(cancellationToken);
                }
            });
        }

        return completion.Task;
    }

    public override void ContinueAsNew(object? newInput, bool preserveUnprocessedEvents = true)
    {
        ContinueAsNewRequested = true;
        ContinueAsNewInput = WorkflowJson.Serialize(newInput);
        PreserveUnprocessedEvents = preserveUnprocessedEvents;
    }

    public override void SetCustomStatus(object? status) => CustomStatus = WorkflowJson.Serialize(status);

    public override Guid NewGuid() => DeterministicGuid.Create($"{InstanceId}_{Now:O}_{guidCounter++}");

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), this);

    /// <summary>Matches a recorded decision against the code's pending ones.</summary>
    /// <exception cref="NonDeterministicWorkflowException">The code did not make that decision.</exception>
    public void MatchRecordedDecision(HistoryEvent recorded)
    {
        if (!pending.TryGetValue(recorded.TaskId, out var action))
        {
            throw new NonDeterministicWorkflowException(
                $"Non-deterministic workflow detected in '{Name}' ({InstanceId}): history has {PendingAction.Describe(recorded)} " +
                "but the code made no such decision at this point.");
        }

        var sameKind = action.Kind == recorded.Type;
        var sameName = recorded.Type != HistoryEventType.TaskScheduled || string.Equals(action.Name, recorded.Name, StringComparison.OrdinalIgnoreCase);
        if (!sameKind || !sameName)
        {
            throw new NonDeterministicWorkflowException(
                $"Non-deterministic workflow detected in '{Name}' ({InstanceId}): history has {PendingAction.Describe(recorded)} " +
                $"but the code now schedules {action.Describe()}.");
        }

        pending.Remove(recorded.TaskId);
    }

    /// <summary>Completes the task waiting for an activity result or timer; a completion nobody waits for is a
    /// duplicate or a cancelled timer, and is ignored.</summary>
    public void CompleteTask(HistoryEvent recorded)
    {
        if (openTasks.Remove(recorded.TaskId, out var complete))
        {
            complete(recorded);
        }
    }

    /// <summary>Gives a raised event to its first waiter, or buffers it.</summary>
    public void DeliverEvent(HistoryEvent raised)
    {
        var name = raised.Name ?? string.Empty;
        if (ContinueAsNewRequested)
        {
            arrivedAfterContinueAsNew.Add(raised);
            return;
        }

        if (waiters.TryGetValue(name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.Deliver(raised.Data);
            return;
        }

        if (!buffered.TryGetValue(name, out var queue))
        {
            buffered[name] = queue = new Queue<(long, HistoryEvent)>();
        }

        queue.Enqueue((arrivals++, raised));
    }

    /// <summary>The events the next execution must see, in arrival order.</summary>
    public IReadOnlyList<HistoryEvent> TakeCarriedEvents()
    {
        if (!PreserveUnprocessedEvents)
        {
            return [];
        }

        // Buffered events arrived before those that came after ContinueAsNew; within buffers, keep arrival order.
        var carried = buffered.Values.SelectMany(q => q).OrderBy(e => e.Arrival).Select(e => e.Event).ToList();
        carried.AddRange(arrivedAfterContinueAsNew);
        return carried;
    }

    /// <summary>Timers cancelled since the last call; their firings no longer need delivering.</summary>
    public IReadOnlyList<int> TakeCancelledTimers()
    {
        var taken = cancelledTimers.ToArray();
        cancelledTimers.Clear();
        return taken;
    }

    private int CreateTimerCore(DateTime fireAt, Action onFired)
    {
        var utc = fireAt.Kind switch
        {
            DateTimeKind.Local => fireAt.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(fireAt, DateTimeKind.Utc),
            _ => fireAt,
        };
        var id = nextTaskId++;
        pending[id] = new PendingAction(id, HistoryEventType.TimerCreated, null, null, null, utc);
        openTasks[id] = _ => onFired();
        return id;
    }

    private void CancelTimer(int id)
    {
        if (openTasks.Remove(id))
        {
            cancelledTimers.Add(id);
        }
    }

    private static void Complete<T>(TaskCompletionSource<T> completion, string? data)
    {
        try
        {
            completion.TrySetResult(WorkflowJson.Deserialize<T>(data)!);
        }
        catch (System.Text.Json.JsonException ex)
        {
            completion.TrySetException(ex);
        }
    }

    private sealed record EventWaiter(Action<string?> Deliver);
}
