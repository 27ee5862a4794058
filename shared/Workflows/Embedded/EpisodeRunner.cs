using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MockInterview.Workflows;

/// <summary>Runs episodes: takes an instance's new messages, applies them to its (cached or replayed) execution,
/// and commits the result in one transaction.</summary>
internal sealed class EpisodeRunner(WorkflowEngine engine, WorkflowOptions options)
{
    private static readonly TimeSpan RetryAfterCommitFailure = TimeSpan.FromSeconds(1);
    private readonly Channel<InstanceSlot> ready = Channel.CreateUnbounded<InstanceSlot>();
    private readonly ExecutionCache cache = new(options.InstanceCacheSize);

    private long replays;
    private long committed;

    public int CachedExecutions => cache.Count;

    /// <summary>Episodes that had to replay stored history (cache misses).</summary>
    public long Replays => Interlocked.Read(ref replays);

    /// <summary>Episodes committed since start.</summary>
    public long CommittedEpisodes => Interlocked.Read(ref committed);

    public void Schedule(InstanceSlot slot) => ready.Writer.TryWrite(slot);

    public IEnumerable<Task> Start(CancellationToken stopping) =>
        Enumerable.Range(0, options.MaxConcurrentEpisodes).Select(_ => Task.Run(() => WorkAsync(stopping), CancellationToken.None));

    private async Task WorkAsync(CancellationToken stopping)
    {
        try
        {
            while (await ready.Reader.WaitToReadAsync(stopping).ConfigureAwait(false))
            {
                while (!stopping.IsCancellationRequested && ready.Reader.TryRead(out var slot))
                {
                    await RunSlotAsync(slot).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: unprocessed messages stay in the inbox for the next start.
        }
    }

    private async Task RunSlotAsync(InstanceSlot slot)
    {
        List<InboxMessage> batch;
        lock (slot)
        {
            batch = slot.Pending;
            slot.Pending = [];
            if (slot.Deferred.Count > 0)
            {
                engine.AddOutstanding(slot.Deferred.Count);
                batch.InsertRange(0, slot.Deferred);
                slot.Deferred = [];
            }
        }

        var finished = false;
        try
        {
            finished = await RunEpisodeAsync(slot, batch).ConfigureAwait(false);
        }
        catch (Exception ex) when (!engine.Stopping.IsCancellationRequested)
        {
            engine.Logger.LogError(ex, "Episode of workflow instance {InstanceId} failed to commit; retrying from the database.", slot.Id);
            cache.TryTake(slot.Id);
            engine.DueQueue.Add(new DueEntry(engine.Time.GetUtcNow() + RetryAfterCommitFailure, () => batch.ForEach(engine.Enqueue)));
        }
        catch (Exception) when (engine.Stopping.IsCancellationRequested)
        {
            // Stopped mid-episode: the inbox rows are still there for the next start.
        }
        finally
        {
            engine.AddOutstanding(-batch.Count);
            lock (slot)
            {
                if (slot.Pending.Count > 0)
                {
                    Schedule(slot);
                }
                else
                {
                    slot.Scheduled = false;
                }
            }
        }

        if (finished)
        {
            engine.ReleaseSlot(slot, force: false);
        }
    }

    /// <summary>Returns true when the instance is (or was already) finished.</summary>
    private async Task<bool> RunEpisodeAsync(InstanceSlot slot, List<InboxMessage> batch)
    {
        var id = slot.Id;
        var start = batch.LastOrDefault(m => m.Event.Type == HistoryEventType.ExecutionStarted);
        var execution = cache.TryTake(id);
        engine.TryGetLiveState(id, out var state);
        if (state is null || (execution is null && start is null))
        {
            var stored = await engine.Writer.Run(store => store.LoadInstance(id, withHistory: start is null)).ConfigureAwait(false);
            if (stored is null || stored.State.IsFinished)
            {
                await DiscardAsync(batch).ConfigureAwait(false);
                return true;
            }

            state = stored.State;
            if (start is null)
            {
                execution = CreateExecution(id, state.Name);
                execution.Replay(stored.History);
                Interlocked.Increment(ref replays);
            }
        }

        if (start is not null)
        {
            execution = CreateExecution(id, state.Name);
        }

        if (!execution!.IsStarted && start is null && !batch.Any(m => m.Event.Type == HistoryEventType.ExecutionTerminated))
        {
            // Events for an instance whose (delayed) start has not come yet: keep them until it does.
            lock (slot)
            {
                slot.Deferred.AddRange(batch);
            }

            engine.AddOutstanding(-batch.Count);
            batch.Clear();
            return false;
        }

        var executionId = start?.Event.ExecutionId ?? execution.ExecutionId;
        var incoming = new List<HistoryEvent>(batch.Count + 1);
        if (start is not null)
        {
            incoming.Add(start.Event with { Carried = null });
            incoming.AddRange(start.Event.Carried ?? []);
        }

        foreach (var message in batch)
        {
            var stale = message.Event.ExecutionId != 0 && message.Event.ExecutionId != executionId;
            if (!stale && message.Event.Type != HistoryEventType.ExecutionStarted)
            {
                incoming.Add(message.Event);
            }
        }

        var now = engine.Time.GetUtcNow();
        var result = execution.RunEpisode(now.UtcDateTime, incoming);
        var commit = EpisodeCommitBuilder.Build(engine.Store, state, execution, executionId, now, result, batch);
        await engine.Writer.Run(store => { store.CommitEpisode(commit); return true; }, _ => Committed(commit)).ConfigureAwait(false);

        if (result.Outcome == EpisodeOutcome.Running)
        {
            cache.Put(id, execution);
        }

        if (!Equivalent(state, commit.State))
        {
            engine.Notify(commit.State);
        }

        return commit.State.IsFinished;
    }

    /// <summary>Runs on the writer thread right after the commit: only now may the new work be dispatched.</summary>
    private void Committed(EpisodeCommit commit)
    {
        // Counted before anyone is told, so the counter is never behind what a client can observe.
        Interlocked.Increment(ref committed);
        var id = commit.State.InstanceId;
        engine.StateCommitted(commit.State);
        if (commit.State.IsFinished || commit.NextStart is not null)
        {
            engine.CancelTimers(id, commit.ExecutionId, taskIds: null);
        }
        else if (commit.CancelledTimers.Count > 0)
        {
            engine.CancelTimers(id, commit.ExecutionId, commit.CancelledTimers);
        }

        foreach (var timer in commit.NewTimers)
        {
            engine.Deliver(timer, new DateTimeOffset(timer.Event.Timestamp, TimeSpan.Zero));
        }

        foreach (var activity in commit.NewActivities)
        {
            engine.Activities.Schedule(activity, commit.State.LastUpdatedAt);
        }

        if (commit.NextStart is { } next)
        {
            engine.Enqueue(next);
        }
    }

    private Task DiscardAsync(List<InboxMessage> batch) => engine.Writer.Run(store =>
    {
        foreach (var message in batch)
        {
            store.DeleteInbox(message.Id);
        }

        return true;
    });

    private WorkflowExecution CreateExecution(InstanceId id, string name) => new(
        id,
        name,
        () => engine.Registry.Workflows.TryGetValue(name, out var type)
            ? (IWorkflow)Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(engine.Services, type)
            : throw new InvalidOperationException($"Workflow '{name}' is not registered."),
        engine.LoggerFactory);

    private static bool Equivalent(WorkflowState before, WorkflowState after) =>
        before.Status == after.Status &&
        before.SerializedCustomStatus == after.SerializedCustomStatus &&
        before.SerializedOutput == after.SerializedOutput &&
        before.SerializedInput == after.SerializedInput;
}
