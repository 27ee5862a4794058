namespace MockInterview.Workflows;

/// <summary>Loading pending work after a start or a crash.</summary>
internal sealed partial class WorkflowStore
{
    /// <summary>Everything not finished: running instances, inbox rows in arrival order, and activities.</summary>
    /// <remarks>Activities that were running when a previous process died are simply pending again: the
    /// embedded backend keeps leases in memory only, which is why one database file serves one process.</remarks>
    public PendingWork LoadPending()
    {
        var running = new List<WorkflowState>();
        using (var reader = Query($"SELECT {WorkflowSchema.InstanceColumns} FROM instances WHERE status IN (@pending, @running)",
            ("@pending", (int)WorkflowStatus.Pending), ("@running", (int)WorkflowStatus.Running)))
        {
            while (reader.Read())
            {
                running.Add(ReadInstance(reader).State);
            }
        }

        var inbox = new List<(InboxMessage, DateTimeOffset)>();
        using (var reader = Query("SELECT id, instance_id, visible_at, event FROM inbox ORDER BY id"))
        {
            while (reader.Read())
            {
                var message = new InboxMessage(reader.GetInt64(0), new InstanceId(reader.GetString(1)), HistoryEvent.Deserialize(reader.GetString(3)));
                inbox.Add((message, new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero)));
            }
        }

        var activities = new List<(ActivityWorkItem, DateTimeOffset)>();
        using (var reader = Query("SELECT id, instance_id, execution_id, task_id, name, input, attempt, visible_at, options FROM activities ORDER BY id"))
        {
            while (reader.Read())
            {
                var item = new ActivityWorkItem(
                    reader.GetInt64(0),
                    new InstanceId(reader.GetString(1)),
                    reader.GetInt32(2),
                    reader.GetInt32(3),
                    reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetInt32(6),
                    WorkflowJson.Deserialize<ActivityOptions>(reader.GetString(8)) ?? ActivityOptions.Default);
                activities.Add((item, new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero)));
            }
        }

        return new PendingWork(running, inbox, activities);
    }
}
