namespace MockInterview.Workflows;

/// <summary>Something to do at a given time: a timer firing, a delayed start, an activity retry.</summary>
internal sealed class DueEntry(DateTimeOffset dueAt, Action fire)
{
    private int state;

    public DateTimeOffset DueAt { get; } = dueAt;

    /// <summary>Makes a later firing a no-op (a timeout that lost its race).</summary>
    public void Cancel() => Interlocked.Exchange(ref state, 1);

    public void Fire()
    {
        if (Interlocked.Exchange(ref state, 1) == 0)
        {
            fire();
        }
    }
}
