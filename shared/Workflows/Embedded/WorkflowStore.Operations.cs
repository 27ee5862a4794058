using Microsoft.Data.Sqlite;

namespace MockInterview.Workflows;

/// <summary>The statements of the embedded backend.</summary>
internal sealed partial class WorkflowStore
{
    public WorkflowStatus? GetStatus(InstanceId id)
    {
        using var reader = Query("SELECT status FROM instances WHERE id = @id", ("@id", id.Value));
        return reader.Read() ? (WorkflowStatus)reader.GetInt32(0) : null;
    }

    public StoredInstance? LoadInstance(InstanceId id, bool withHistory)
    {
        WorkflowState state;
        int executionId;
        using (var reader = Query($"SELECT {WorkflowSchema.InstanceColumns} FROM instances WHERE id = @id", ("@id", id.Value)))
        {
            if (!reader.Read())
            {
                return null;
            }

            (state, executionId) = ReadInstance(reader);
        }

        return new StoredInstance(state, executionId, withHistory && !state.IsFinished ? LoadHistory(id) : []);
    }

    public IReadOnlyList<HistoryEvent> LoadHistory(InstanceId id)
    {
        var history = new List<HistoryEvent>();
        using var reader = Query("SELECT event FROM history WHERE instance_id = @id ORDER BY seq", ("@id", id.Value));
        while (reader.Read())
        {
            history.Add(HistoryEvent.Deserialize(reader.GetString(0)));
        }

        return history;
    }

    public void InsertInstance(WorkflowState state, int executionId) => Execute(
        $"INSERT INTO instances({WorkflowSchema.InstanceColumns}) VALUES(@id, @name, @status, @execution, @input, NULL, NULL, NULL, @created, @updated)",
        ("@id", state.InstanceId.Value), ("@name", state.Name), ("@status", (int)state.Status), ("@execution", executionId),
        ("@input", state.SerializedInput), ("@created", state.CreatedAt.UtcTicks), ("@updated", state.LastUpdatedAt.UtcTicks));

    public void InsertInbox(InboxMessage message, DateTimeOffset visibleAt) => Execute(
        "INSERT INTO inbox(id, instance_id, execution_id, kind, task_id, visible_at, event) VALUES(@id, @instance, @execution, @kind, @task, @visible, @event)",
        ("@id", message.Id), ("@instance", message.InstanceId.Value), ("@execution", message.Event.ExecutionId), ("@kind", (int)message.Event.Type),
        ("@task", message.Event.TaskId), ("@visible", visibleAt.UtcTicks), ("@event", message.Event.Serialize()));

    /// <summary>Claims a deduplication key; false when the instance already had it.</summary>
    public bool TryAddEventKey(InstanceId id, string key) =>
        Execute("INSERT OR IGNORE INTO event_keys(instance_id, key) VALUES(@id, @key)", ("@id", id.Value), ("@key", key)) == 1;

    public void CommitEpisode(EpisodeCommit commit)
    {
        var id = commit.State.InstanceId.Value;
        for (var i = 0; i < commit.History.Count; i++)
        {
            Execute("INSERT INTO history(instance_id, seq, event) VALUES(@id, @seq, @event)",
                ("@id", id), ("@seq", commit.FirstSequence + i), ("@event", commit.History[i].Serialize()));
        }

        foreach (var consumed in commit.ConsumedInbox)
        {
            Execute("DELETE FROM inbox WHERE id = @id", ("@id", consumed));
        }

        foreach (var timer in commit.CancelledTimers)
        {
            Execute("DELETE FROM inbox WHERE instance_id = @id AND execution_id = @execution AND kind = @kind AND task_id = @task",
                ("@id", id), ("@execution", commit.ExecutionId), ("@kind", (int)HistoryEventType.TimerFired), ("@task", timer));
        }

        foreach (var activity in commit.NewActivities)
        {
            InsertActivity(activity, commit.State.LastUpdatedAt);
        }

        foreach (var timer in commit.NewTimers)
        {
            InsertInbox(timer, new DateTimeOffset(timer.Event.Timestamp, TimeSpan.Zero));
        }

        if (commit.State.IsFinished)
        {
            // Nothing left can change a finished instance; its history stays until purged.
            Execute("DELETE FROM inbox WHERE instance_id = @id", ("@id", id));
            Execute("DELETE FROM activities WHERE instance_id = @id", ("@id", id));
        }
        else if (commit.NextStart is { } next)
        {
            // Continue-as-new: the old execution's history and pending work are gone; raised events stay queued.
            Execute("DELETE FROM history WHERE instance_id = @id", ("@id", id));
            Execute("DELETE FROM activities WHERE instance_id = @id", ("@id", id));
            Execute("DELETE FROM inbox WHERE instance_id = @id AND execution_id <> 0", ("@id", id));
            InsertInbox(next, commit.State.LastUpdatedAt);
        }

        var state = commit.State;
        Execute(
            "UPDATE instances SET status = @status, execution_id = @execution, input = @input, output = @output, custom_status = @custom, " +
            "failure = @failure, updated_at = @updated WHERE id = @id",
            ("@status", (int)state.Status), ("@execution", commit.NextStart?.Event.ExecutionId ?? commit.ExecutionId),
            ("@input", state.SerializedInput), ("@output", state.SerializedOutput), ("@custom", state.SerializedCustomStatus),
            ("@failure", state.Failure is null ? null : WorkflowJson.Serialize(state.Failure)), ("@updated", state.LastUpdatedAt.UtcTicks), ("@id", id));
    }

    /// <summary>Replaces a finished activity by its result; false when the activity is no longer wanted
    /// (its instance finished or continued as new, or a previous run already committed it).</summary>
    public bool CompleteActivity(long activityId, InboxMessage result, DateTimeOffset now)
    {
        if (Execute("DELETE FROM activities WHERE id = @id", ("@id", activityId)) == 0)
        {
            return false;
        }

        InsertInbox(result, now);
        return true;
    }

    public void DeleteInbox(long id) => Execute("DELETE FROM inbox WHERE id = @id", ("@id", id));

    public bool RescheduleActivity(ActivityWorkItem item, DateTimeOffset visibleAt) =>
        Execute("UPDATE activities SET attempt = @attempt, visible_at = @visible WHERE id = @id",
            ("@attempt", item.Attempt), ("@visible", visibleAt.UtcTicks), ("@id", item.Id)) == 1;

    /// <summary>Deletes a finished instance and everything it owns.</summary>
    /// <exception cref="InvalidOperationException">The instance is still running.</exception>
    public bool Purge(InstanceId id)
    {
        var status = GetStatus(id);
        if (status is null)
        {
            return false;
        }

        if (status is not (WorkflowStatus.Completed or WorkflowStatus.Failed or WorkflowStatus.Terminated))
        {
            throw new InvalidOperationException($"Workflow instance '{id}' is {status}; only finished instances can be purged.");
        }

        foreach (var table in new[] { "history", "inbox", "activities", "event_keys" })
        {
            Execute($"DELETE FROM {table} WHERE instance_id = @id", ("@id", id.Value));
        }

        Execute("DELETE FROM instances WHERE id = @id", ("@id", id.Value));
        return true;
    }

    private void InsertActivity(ActivityWorkItem item, DateTimeOffset visibleAt) => Execute(
        "INSERT INTO activities(id, instance_id, execution_id, task_id, name, input, attempt, visible_at, options) " +
        "VALUES(@id, @instance, @execution, @task, @name, @input, @attempt, @visible, @options)",
        ("@id", item.Id), ("@instance", item.InstanceId.Value), ("@execution", item.ExecutionId), ("@task", item.TaskId),
        ("@name", item.Name), ("@input", item.Input), ("@attempt", item.Attempt), ("@visible", visibleAt.UtcTicks),
        ("@options", WorkflowJson.Serialize(item.Options)));

    private static (WorkflowState State, int ExecutionId) ReadInstance(SqliteDataReader reader)
    {
        string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        var failure = Text(7);
        var state = new WorkflowState(
            new InstanceId(reader.GetString(0)),
            reader.GetString(1),
            (WorkflowStatus)reader.GetInt32(2),
            new DateTimeOffset(reader.GetInt64(8), TimeSpan.Zero),
            new DateTimeOffset(reader.GetInt64(9), TimeSpan.Zero),
            Text(4),
            Text(5),
            Text(6),
            failure is null ? null : WorkflowJson.Deserialize<WorkflowFailure>(failure));
        return (state, reader.GetInt32(3));
    }
}
