namespace MockInterview.Workflows;

/// <summary>A due-time priority queue driven by one <see cref="ITimer"/> of the injected <see cref="TimeProvider"/>,
/// always armed for the earliest entry.</summary>
/// <remarks>With a manual clock, advancing it fires due entries inside the advance, without real waiting.</remarks>
internal sealed class DueQueue : IDisposable
{
    // System timers refuse due times past ~49.7 days; a farther entry is re-armed from an earlier, empty firing.
    private static readonly TimeSpan MaxArmDelay = TimeSpan.FromDays(1);
    private readonly PriorityQueue<DueEntry, DateTimeOffset> entries = new();
    private readonly TimeProvider time;
    private readonly ITimer timer;
    private DateTimeOffset armedFor = DateTimeOffset.MaxValue;
    private bool started;
    private bool disposed;

    public DueQueue(TimeProvider time)
    {
        this.time = time;
        timer = time.CreateTimer(_ => FireDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>Starts firing; entries added before are held until then.</summary>
    public void Start()
    {
        lock (entries)
        {
            started = true;
        }

        FireDue();
    }

    public void Add(DueEntry entry)
    {
        lock (entries)
        {
            // An entry already due fires now: a manual clock would not fire a zero-delay timer until advanced again.
            var dueNow = started && !disposed && entry.DueAt <= time.GetUtcNow();
            if (!dueNow)
            {
                entries.Enqueue(entry, entry.DueAt);
                if (started && entry.DueAt < armedFor)
                {
                    Arm(entry.DueAt);
                }

                return;
            }
        }

        entry.Fire();
    }

    public void Dispose()
    {
        lock (entries)
        {
            disposed = true;
            entries.Clear();
        }

        timer.Dispose();
    }

    private void FireDue()
    {
        var due = new List<DueEntry>();
        lock (entries)
        {
            if (!started || disposed)
            {
                return;
            }

            var now = time.GetUtcNow();
            while (entries.TryPeek(out var next, out var at) && at <= now)
            {
                entries.Dequeue();
                due.Add(next);
            }

            armedFor = DateTimeOffset.MaxValue;
            if (entries.TryPeek(out _, out var nextAt))
            {
                Arm(nextAt);
            }
        }

        foreach (var entry in due)
        {
            entry.Fire();
        }
    }

    private void Arm(DateTimeOffset at)
    {
        armedFor = at;
        var delay = at - time.GetUtcNow();
        timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxArmDelay ? MaxArmDelay : delay, Timeout.InfiniteTimeSpan);
    }
}
