namespace MockInterview.Workflows;

/// <summary>Live executions kept between episodes (least recently used out first), so a running instance
/// only receives its new events instead of replaying its whole history.</summary>
internal sealed class ExecutionCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Key, WorkflowExecution Execution)>> index = [];
    private readonly LinkedList<(string Key, WorkflowExecution Execution)> recency = new();

    public int Count
    {
        get
        {
            lock (index)
            {
                return index.Count;
            }
        }
    }

    /// <summary>Removes and returns the instance's execution: the episode owns it until it puts it back.</summary>
    public WorkflowExecution? TryTake(InstanceId id)
    {
        lock (index)
        {
            if (!index.Remove(id.Value, out var node))
            {
                return null;
            }

            recency.Remove(node);
            return node.Value.Execution;
        }
    }

    public void Put(InstanceId id, WorkflowExecution execution)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (index)
        {
            if (index.Remove(id.Value, out var old))
            {
                recency.Remove(old);
            }

            index[id.Value] = recency.AddFirst((id.Value, execution));
            while (index.Count > capacity && recency.Last is { } last)
            {
                recency.RemoveLast();
                index.Remove(last.Value.Key);
            }
        }
    }
}
