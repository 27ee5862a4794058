namespace MockInterview.Workflows;

/// <summary>The <see cref="IWorkflowClient"/> of the embedded backend: every call is one group-committed write
/// (or a read), and the in-memory dispatcher is signalled right after its commit.</summary>
internal sealed class WorkflowClient(WorkflowEngine engine) : IWorkflowClient
{
    public async Task<InstanceId> StartAsync(string workflowName, object? input, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowName);
        if (!engine.Registry.Workflows.ContainsKey(workflowName))
        {
            throw new ArgumentException($"Workflow '{workflowName}' is not registered.", nameof(workflowName));
        }

        engine.EnsureInitialized();
        var id = options?.InstanceId ?? InstanceId.New();
        var now = engine.Time.GetUtcNow();
        var visibleAt = options?.StartAt is { } startAt && startAt > now ? startAt : now;
        var serializedInput = WorkflowJson.Serialize(input);
        var state = new WorkflowState(id, workflowName, WorkflowStatus.Pending, now, now, serializedInput, null, null, null);
        var started = new HistoryEvent(HistoryEventType.ExecutionStarted, now.UtcDateTime) { Name = workflowName, Data = serializedInput, ExecutionId = 1 };
        var message = new InboxMessage(engine.Store.NextInboxId(), id, started);
        await engine.Writer.Run(
            store =>
            {
                if (store.GetStatus(id) is not null)
                {
                    throw new WorkflowAlreadyExistsException(id);
                }

                store.InsertInstance(state, executionId: 1);
                store.InsertInbox(message, visibleAt);
                return true;
            },
            _ =>
            {
                engine.StateCommitted(state);

                // Observers hear of Pending before the start message is delivered: notified later, on this caller's
                // thread, the first episode's Running could overtake it and break the observers' commit order.
                engine.Notify(state);
                engine.Deliver(message, visibleAt);
            }).WaitAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    public Task RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, RaiseEventOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        engine.EnsureInitialized();
        var raised = new HistoryEvent(HistoryEventType.EventRaised, engine.Time.GetUtcNow().UtcDateTime) { Name = eventName, Data = WorkflowJson.Serialize(payload) };
        var key = options?.DeduplicationKey;
        return SendAsync(instanceId, raised, key, cancellationToken);
    }

    public async Task<WorkflowState?> GetAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        engine.EnsureInitialized();
        if (engine.TryGetLiveState(instanceId, out var state))
        {
            return state;
        }

        var stored = await engine.Writer.Run(store => store.LoadInstance(instanceId, withHistory: false)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return stored?.State;
    }

    public async Task<WorkflowState> WaitForCompletionAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        engine.EnsureInitialized();
        var waiter = engine.AddFinishWaiter(instanceId);
        try
        {
            // Registered before reading, so a completion between the two cannot be missed.
            var state = await GetAsync(instanceId, cancellationToken).ConfigureAwait(false) ?? throw new WorkflowNotFoundException(instanceId);
            return state.IsFinished ? state : await waiter.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            engine.RemoveFinishWaiter(instanceId, waiter);
        }
    }

    public async Task TerminateAsync(InstanceId instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        engine.EnsureInitialized();
        var terminated = new HistoryEvent(HistoryEventType.ExecutionTerminated, engine.Time.GetUtcNow().UtcDateTime) { Data = WorkflowJson.Serialize(reason) };
        try
        {
            await SendAsync(instanceId, terminated, null, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowNotRunningException)
        {
            // Already finished: terminating is a no-op.
        }
    }

    public async Task<bool> PurgeAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        engine.EnsureInitialized();
        return await engine.Writer.Run(
            store => store.Purge(instanceId),
            purged =>
            {
                if (purged && engine.TryGetSlot(instanceId, out var slot))
                {
                    engine.ReleaseSlot(slot, force: true);
                }

                engine.Forget(instanceId);
            }).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a message for a running instance, atomically with its checks and deduplication key.</summary>
    private async Task SendAsync(InstanceId instanceId, HistoryEvent message, string? deduplicationKey, CancellationToken cancellationToken)
    {
        var inboxMessage = new InboxMessage(engine.Store.NextInboxId(), instanceId, message);
        await engine.Writer.Run(
            store =>
            {
                var status = store.GetStatus(instanceId) ?? throw new WorkflowNotFoundException(instanceId);
                if (status is WorkflowStatus.Completed or WorkflowStatus.Failed or WorkflowStatus.Terminated)
                {
                    throw new WorkflowNotRunningException(instanceId, status);
                }

                if (deduplicationKey is not null && !store.TryAddEventKey(instanceId, deduplicationKey))
                {
                    throw new DuplicateEventException(instanceId, deduplicationKey);
                }

                store.InsertInbox(inboxMessage, engine.Time.GetUtcNow());
                return true;
            },
            _ => engine.Enqueue(inboxMessage)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
