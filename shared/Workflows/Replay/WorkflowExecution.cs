using Microsoft.Extensions.Logging;

namespace MockInterview.Workflows;

/// <summary>One execution of a workflow instance: replays history into workflow code and runs new episodes.</summary>
/// <remarks>Kept alive between episodes by the instance cache (like Durable's extended sessions); on a cache miss
/// a fresh one replays the stored history first. Both paths apply the same events in the same order, so they
/// make the same decisions.</remarks>
internal sealed class WorkflowExecution
{
    private readonly ReplayContext context;
    private readonly Func<IWorkflow> createWorkflow;
    private readonly WorkflowSynchronizationContext synchronizationContext = new();
    private Task<object?>? run;
    private WorkflowFailure? failure;
    private bool terminated;

    public WorkflowExecution(InstanceId instanceId, string name, Func<IWorkflow> createWorkflow, ILoggerFactory loggerFactory)
    {
        context = new ReplayContext(instanceId, name, loggerFactory);
        this.createWorkflow = createWorkflow;
    }

    public int ExecutionId { get; private set; }

    /// <summary>Events in the stored history of this execution (the next one gets this sequence number).</summary>
    public int HistoryCount { get; private set; }

    public bool IsStarted => run is not null || failure is not null;

    public string? CustomStatus => context.CustomStatus;

    /// <summary>Re-applies stored history; decisions the code makes must match it.</summary>
    public void Replay(IEnumerable<HistoryEvent> history)
    {
        context.Replaying = true;
        try
        {
            foreach (var recorded in history)
            {
                Apply(recorded);
                HistoryCount++;
            }
        }
        finally
        {
            context.Replaying = false;
        }
    }

    /// <summary>Applies new events at <paramref name="now"/> and returns what to commit.</summary>
    public EpisodeResult RunEpisode(DateTime now, IReadOnlyList<HistoryEvent> incoming)
    {
        var appended = new List<HistoryEvent>(incoming.Count + 4);
        AddAndApply(new HistoryEvent(HistoryEventType.OrchestratorStarted, now));
        foreach (var recorded in incoming)
        {
            AddAndApply(recorded);
        }

        if (terminated)
        {
            var reason = incoming.LastOrDefault(e => e.Type == HistoryEventType.ExecutionTerminated)?.Data;
            return Finish(EpisodeOutcome.Terminated, reason, null);
        }

        if (failure is null && run is { IsCompleted: true, IsCompletedSuccessfully: false })
        {
            var error = run.Exception?.InnerException ?? new TaskCanceledException("The workflow was cancelled.");
            failure = new WorkflowFailure(error.GetType().Name, error.Message, error.StackTrace);
        }

        if (failure is not null)
        {
            appended.Add(new HistoryEvent(HistoryEventType.ExecutionFailed, now) { Failure = failure });
            return Finish(EpisodeOutcome.Failed, null, failure);
        }

        if (context.ContinueAsNewRequested)
        {
            appended.Add(new HistoryEvent(HistoryEventType.ContinuedAsNew, now) { Data = context.ContinueAsNewInput });
            return Finish(EpisodeOutcome.ContinuedAsNew, context.ContinueAsNewInput, null, context.TakeCarriedEvents());
        }

        if (run is { IsCompletedSuccessfully: true })
        {
            var output = WorkflowJson.Serialize(run.Result);
            appended.Add(new HistoryEvent(HistoryEventType.ExecutionCompleted, now) { Data = output });
            return Finish(EpisodeOutcome.Completed, output, null);
        }

        // Still running: what the code decided becomes history, exactly as a replay will meet it.
        var actions = context.PendingActions.ToList();
        foreach (var action in actions)
        {
            AddAndApply(action.Kind == HistoryEventType.TaskScheduled
                ? new HistoryEvent(HistoryEventType.TaskScheduled, now) { TaskId = action.TaskId, Name = action.Name, Data = action.Input }
                : new HistoryEvent(HistoryEventType.TimerCreated, now) { TaskId = action.TaskId, FireAt = action.FireAt });
        }

        HistoryCount += appended.Count;
        return new EpisodeResult(EpisodeOutcome.Running, appended, actions, context.TakeCancelledTimers(), context.CustomStatus, null, null, []);

        void AddAndApply(HistoryEvent recorded)
        {
            appended.Add(recorded);
            Apply(recorded);
        }

        EpisodeResult Finish(EpisodeOutcome outcome, string? output, WorkflowFailure? reason, IReadOnlyList<HistoryEvent>? carried = null)
        {
            HistoryCount += appended.Count;
            return new EpisodeResult(outcome, appended, [], context.TakeCancelledTimers(), context.CustomStatus, output, reason, carried ?? []);
        }
    }

    private void Apply(HistoryEvent recorded)
    {
        if (failure is not null || terminated)
        {
            return;
        }

        try
        {
            switch (recorded.Type)
            {
                case HistoryEventType.OrchestratorStarted:
                    context.Now = DateTime.SpecifyKind(recorded.Timestamp, DateTimeKind.Utc);
                    break;
                case HistoryEventType.ExecutionStarted:
                    Start(recorded);
                    break;
                case HistoryEventType.TaskScheduled or HistoryEventType.TimerCreated:
                    context.MatchRecordedDecision(recorded);
                    break;
                case HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed or HistoryEventType.TimerFired:
                    context.CompleteTask(recorded);
                    break;
                case HistoryEventType.EventRaised:
                    context.DeliverEvent(recorded);
                    break;
                case HistoryEventType.ExecutionTerminated:
                    terminated = true;
                    return;
            }

            synchronizationContext.Drain();
        }
        catch (NonDeterministicWorkflowException ex)
        {
            failure = new WorkflowFailure(nameof(NonDeterministicWorkflowException), ex.Message, ex.StackTrace);
        }
    }

    private void Start(HistoryEvent started)
    {
        ExecutionId = started.ExecutionId;
        context.Input = started.Data;
        synchronizationContext.Post(
            _ =>
            {
                try
                {
                    run = createWorkflow().RunAsync(context);
                }
                catch (Exception ex)
                {
                    run = Task.FromException<object?>(ex);
                }
            },
            null);
    }
}
