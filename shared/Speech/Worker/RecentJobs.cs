namespace MockInterview.Speech.Worker;

/// <summary>The ids of the last jobs this worker finished, so that a redelivered copy (its completion was lost) is
/// completed without running it again.</summary>
internal sealed class RecentJobs(int capacity = 4096)
{
    private readonly object gate = new();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public bool Contains(string jobId)
    {
        lock (gate)
        {
            return ids.Contains(jobId);
        }
    }

    public void Add(string jobId)
    {
        lock (gate)
        {
            if (!ids.Add(jobId))
            {
                return;
            }

            order.Enqueue(jobId);
            if (order.Count > capacity)
            {
                ids.Remove(order.Dequeue());
            }
        }
    }
}
