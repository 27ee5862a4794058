namespace MockInterview.Workflows;

/// <summary>Turns an episode's decisions into the rows to write.</summary>
internal static class EpisodeCommitBuilder
{
    public static EpisodeCommit Build(
        WorkflowStore store,
        WorkflowState before,
        WorkflowExecution execution,
        int executionId,
        DateTimeOffset now,
        EpisodeResult result,
        IReadOnlyList<InboxMessage> consumed)
    {
        var state = before with
        {
            Status = result.Outcome switch
            {
                EpisodeOutcome.Completed => WorkflowStatus.Completed,
                EpisodeOutcome.Failed => WorkflowStatus.Failed,
                EpisodeOutcome.Terminated => WorkflowStatus.Terminated,
                _ => WorkflowStatus.Running,
            },
            LastUpdatedAt = now,
            SerializedCustomStatus = result.CustomStatus ?? before.SerializedCustomStatus,
            SerializedOutput = result.Outcome is EpisodeOutcome.Completed or EpisodeOutcome.Terminated ? result.Output : null,
            SerializedInput = result.Outcome == EpisodeOutcome.ContinuedAsNew ? result.Output : before.SerializedInput,
            Failure = result.Failure,
        };

        var activities = new List<ActivityWorkItem>();
        var timers = new List<InboxMessage>();
        foreach (var action in result.NewActions)
        {
            if (action.Kind == HistoryEventType.TaskScheduled)
            {
                activities.Add(new ActivityWorkItem(
                    store.NextActivityId(), before.InstanceId, executionId, action.TaskId, action.Name!, action.Input, 1, action.Options ?? ActivityOptions.Default));
            }
            else
            {
                var fired = new HistoryEvent(HistoryEventType.TimerFired, action.FireAt) { TaskId = action.TaskId, ExecutionId = executionId };
                timers.Add(new InboxMessage(store.NextInboxId(), before.InstanceId, fired));
            }
        }

        InboxMessage? nextStart = null;
        if (result.Outcome == EpisodeOutcome.ContinuedAsNew)
        {
            var started = new HistoryEvent(HistoryEventType.ExecutionStarted, now.UtcDateTime)
            {
                Name = before.Name,
                Data = result.Output,
                ExecutionId = executionId + 1,
                Carried = result.CarriedEvents,
            };
            nextStart = new InboxMessage(store.NextInboxId(), before.InstanceId, started);
        }

        var history = nextStart is null ? result.NewHistory : [];
        return new EpisodeCommit(
            state,
            executionId,
            execution.HistoryCount - result.NewHistory.Count,
            history,
            [.. consumed.Select(m => m.Id)],
            result.CancelledTimers,
            activities,
            timers,
            nextStart);
    }
}
