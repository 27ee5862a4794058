using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MockInterview.Workflows;

/// <summary>The embedded backend: SQLite as the durable log, in-memory queues for scheduling.</summary>
/// <remarks>Every change is committed through the <see cref="CommitWriter"/> first; only then are the in-memory
/// queues signalled, so nothing is polled and nothing in memory is ahead of the database. On start, the pending
/// work of the database (inbox, activities, timers) is loaded back into memory.</remarks>
internal sealed class WorkflowEngine : IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, InstanceSlot> slots = new();
    private readonly ConcurrentDictionary<string, WorkflowState> live = new();
    private readonly ConcurrentDictionary<string, List<TaskCompletionSource<WorkflowState>>> finishWaiters = new();
    private readonly IWorkflowStateObserver[] observers;
    private readonly Lock startGate = new();
    private readonly CancellationTokenSource stopping = new();
    private long outstanding;
    private Task[] workers = [];
    private bool initialized;
    private bool stopped;

    public WorkflowEngine(
        WorkflowRegistry registry,
        IServiceProvider services,
        TimeProvider time,
        IOptions<WorkflowOptions> options,
        IEnumerable<IWorkflowStateObserver> observers)
    {
        Registry = registry;
        Services = services;
        Time = time;
        Options = options;
        this.observers = [.. observers];
        LoggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        Logger = LoggerFactory.CreateLogger("MockInterview.Workflows");
    }

    public WorkflowRegistry Registry { get; }

    public IServiceProvider Services { get; }

    public TimeProvider Time { get; }

    public IOptions<WorkflowOptions> Options { get; }

    public ILoggerFactory LoggerFactory { get; }

    public ILogger Logger { get; }

    public CancellationToken Stopping => stopping.Token;

    public WorkflowStore Store { get; private set; } = null!;

    public CommitWriter Writer { get; private set; } = null!;

    public DueQueue DueQueue { get; private set; } = null!;

    public EpisodeRunner Episodes { get; private set; } = null!;

    public ActivityRunner Activities { get; private set; } = null!;

    /// <summary>No message, activity or episode is waiting or in progress (timers in the future aside).</summary>
    public bool IsIdle => Interlocked.Read(ref outstanding) == 0;

    /// <summary>Instances with a completion waiter list (for leak checks).</summary>
    public int WaitedInstances => finishWaiters.Count;

    /// <summary>Opens the database and loads its pending work into memory; workers start in <see cref="Start"/>.</summary>
    public void EnsureInitialized()
    {
        lock (startGate)
        {
            ObjectDisposedException.ThrowIf(stopped, this);
            if (initialized)
            {
                return;
            }

            var settings = Options.Value;
            WorkflowOptionsValidator.ThrowIfInvalid(settings);
            Store = new WorkflowStore(settings.ConnectionString);
            var pending = Store.LoadPending();
            Writer = new CommitWriter(Store, Logger);
            DueQueue = new DueQueue(Time);
            Episodes = new EpisodeRunner(this, settings);
            Activities = new ActivityRunner(this, settings);
            foreach (var state in pending.RunningInstances)
            {
                live[state.InstanceId.Value] = state;
            }

            foreach (var (message, visibleAt) in pending.Inbox)
            {
                Deliver(message, visibleAt);
            }

            foreach (var (item, visibleAt) in pending.Activities)
            {
                Activities.Schedule(item, visibleAt);
            }

            initialized = true;
            Logger.LogInformation(
                "Workflow engine opened: {Running} running instances, {Inbox} inbox messages, {Activities} activities pending.",
                pending.RunningInstances.Count, pending.Inbox.Count, pending.Activities.Count);
        }
    }

    public void Start()
    {
        EnsureInitialized();
        lock (startGate)
        {
            if (workers.Length > 0)
            {
                return;
            }

            workers = [.. Episodes.Start(stopping.Token), .. Activities.Start(stopping.Token)];
            DueQueue.Start();
        }
    }

    /// <summary>Graceful stop: running episodes and activities finish or are abandoned (they re-run after a restart),
    /// queued commits are written.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (startGate)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            running = workers;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        if (!initialized)
        {
            return;
        }

        DueQueue.Dispose();
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);
        Writer.Dispose();
    }

    /// <summary>Stops dead, as a killed process would: nothing more is committed. For crash-recovery tests.</summary>
    internal void SimulateCrash()
    {
        lock (startGate)
        {
            stopped = true;
        }

        Writer.Halt();
        stopping.Cancel();
        DueQueue.Dispose();
    }

    public ValueTask DisposeAsync() => new(StopAsync(CancellationToken.None));

    // Sync disposal (a ServiceProvider disposed without await) still stops gracefully.
    public void Dispose() => StopAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Hands a committed inbox message to its instance, now or when it becomes visible.</summary>
    public void Deliver(InboxMessage message, DateTimeOffset visibleAt)
    {
        if (visibleAt <= Time.GetUtcNow())
        {
            Enqueue(message);
            return;
        }

        var entry = new DueEntry(visibleAt, () => Enqueue(message));
        if (message.Event.Type == HistoryEventType.TimerFired)
        {
            var slot = GetSlot(message.InstanceId);
            lock (slot)
            {
                slot.Timers[(message.Event.ExecutionId, message.Event.TaskId)] = entry;
            }
        }

        DueQueue.Add(entry);
    }

    /// <summary>Adds a message to the instance's queue and schedules an episode if none is queued or running.</summary>
    public void Enqueue(InboxMessage message)
    {
        while (true)
        {
            var slot = GetSlot(message.InstanceId);
            lock (slot)
            {
                if (slot.Removed)
                {
                    continue;
                }

                if (message.Event.Type == HistoryEventType.TimerFired)
                {
                    slot.Timers.Remove((message.Event.ExecutionId, message.Event.TaskId));
                }

                AddOutstanding(1);
                slot.Pending.Add(message);
                if (!slot.Scheduled)
                {
                    slot.Scheduled = true;
                    Episodes.Schedule(slot);
                }

                return;
            }
        }
    }

    /// <summary>Disarms timers; with no ids, every timer of the instance.</summary>
    public void CancelTimers(InstanceId id, int executionId, IReadOnlyList<int>? taskIds)
    {
        if (!slots.TryGetValue(id.Value, out var slot))
        {
            return;
        }

        lock (slot)
        {
            if (taskIds is null)
            {
                foreach (var entry in slot.Timers.Values)
                {
                    entry.Cancel();
                }

                slot.Timers.Clear();
                return;
            }

            foreach (var taskId in taskIds)
            {
                if (slot.Timers.Remove((executionId, taskId), out var entry))
                {
                    entry.Cancel();
                }
            }
        }
    }

    /// <summary>Drops the slot of a finished or purged instance unless messages still wait in it.</summary>
    public void ReleaseSlot(InstanceSlot slot, bool force)
    {
        lock (slot)
        {
            if (force || (slot.Pending.Count == 0 && slot.Deferred.Count == 0 && !slot.Scheduled))
            {
                slot.Removed = true;
                slots.TryRemove(new KeyValuePair<string, InstanceSlot>(slot.Id.Value, slot));
            }
        }
    }

    public bool TryGetSlot(InstanceId id, out InstanceSlot slot) => slots.TryGetValue(id.Value, out slot!);

    public void AddOutstanding(long count) => Interlocked.Add(ref outstanding, count);

    public bool TryGetLiveState(InstanceId id, out WorkflowState state) => live.TryGetValue(id.Value, out state!);

    /// <summary>Records a committed state (on the writer thread, in commit order) and wakes completion waiters.</summary>
    public void StateCommitted(WorkflowState state)
    {
        if (!state.IsFinished)
        {
            live[state.InstanceId.Value] = state;
            return;
        }

        live.TryRemove(state.InstanceId.Value, out _);
        if (finishWaiters.TryRemove(state.InstanceId.Value, out var waiters))
        {
            lock (waiters)
            {
                foreach (var waiter in waiters)
                {
                    waiter.TrySetResult(state);
                }
            }
        }
    }

    public void Forget(InstanceId id) => live.TryRemove(id.Value, out _);

    public TaskCompletionSource<WorkflowState> AddFinishWaiter(InstanceId id)
    {
        var waiter = new TaskCompletionSource<WorkflowState>(TaskCreationOptions.RunContinuationsAsynchronously);
        while (true)
        {
            var waiters = finishWaiters.GetOrAdd(id.Value, _ => []);
            lock (waiters)
            {
                // A list removed by a completion in the meantime must not swallow the new waiter.
                if (finishWaiters.TryGetValue(id.Value, out var current) && ReferenceEquals(current, waiters))
                {
                    waiters.Add(waiter);
                    return waiter;
                }
            }
        }
    }

    public void RemoveFinishWaiter(InstanceId id, TaskCompletionSource<WorkflowState> waiter)
    {
        if (finishWaiters.TryGetValue(id.Value, out var waiters))
        {
            lock (waiters)
            {
                // The last waiter takes the list with it, or every wait on a finished or unknown instance would leak one.
                waiters.Remove(waiter);
                if (waiters.Count == 0)
                {
                    finishWaiters.TryRemove(new KeyValuePair<string, List<TaskCompletionSource<WorkflowState>>>(id.Value, waiters));
                }
            }
        }
    }

    /// <summary>Tells observers about a committed state; never throws.</summary>
    public void Notify(WorkflowState state)
    {
        foreach (var observer in observers)
        {
            try
            {
                observer.OnStateChanged(state);
            }
            catch (Exception ex)
            {
                Logger.LogError(ex, "Workflow state observer {Observer} failed for {InstanceId}.", observer.GetType().Name, state.InstanceId);
            }
        }
    }

    private InstanceSlot GetSlot(InstanceId id) => slots.GetOrAdd(id.Value, static (_, key) => new InstanceSlot(key), id);
}
