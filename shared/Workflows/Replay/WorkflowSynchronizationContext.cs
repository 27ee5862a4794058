namespace MockInterview.Workflows;

/// <summary>Runs workflow continuations on the executor's thread, in the order they were posted.</summary>
/// <remarks>The executor drains the queue after every history event, so an event's effects (including
/// <c>Task.WhenAll</c>/<c>WhenAny</c> continuations) are complete before the next event is applied: this is
/// what makes replay deterministic.</remarks>
internal sealed class WorkflowSynchronizationContext : SynchronizationContext
{
    // Locked because misbehaving workflow code (Task.Delay, ConfigureAwait(false)) can post from other threads.
    private readonly Queue<(SendOrPostCallback Callback, object? State)> queue = new();

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (queue)
        {
            queue.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued continuations, and those they post, until none is left.</summary>
    public void Drain()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (true)
            {
                (SendOrPostCallback Callback, object? State) next;
                lock (queue)
                {
                    if (!queue.TryDequeue(out next))
                    {
                        return;
                    }
                }

                next.Callback(next.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
