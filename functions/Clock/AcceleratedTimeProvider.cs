namespace MockInterview.Functions.Clock;

/// <summary>A clock that runs <see cref="Speed"/> times faster than real time, for demos and benchmarks.</summary>
/// <remarks>
/// Workflow timers, answer deadlines and phase deadlines all come from the injected <see cref="TimeProvider"/>,
/// so a 20-minute interview at speed 60 takes 20 real seconds with nothing else changed.
/// </remarks>
internal sealed class AcceleratedTimeProvider : TimeProvider
{
    private readonly TimeProvider inner;
    private readonly DateTimeOffset origin;

    public AcceleratedTimeProvider(double speed, TimeProvider? inner = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speed, 1.0);
        Speed = speed;
        this.inner = inner ?? System;
        origin = this.inner.GetUtcNow();
    }

    /// <summary>How many simulated seconds pass per real second.</summary>
    public double Speed { get; }

    public override DateTimeOffset GetUtcNow() =>
        origin + TimeSpan.FromTicks((long)((inner.GetUtcNow() - origin).Ticks * Speed));

    public override long GetTimestamp() => (long)(inner.GetTimestamp() * Speed);

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(this, inner.CreateTimer(callback, state, Scale(dueTime), Scale(period)));

    private TimeSpan Scale(TimeSpan interval) =>
        interval == Timeout.InfiniteTimeSpan || interval <= TimeSpan.Zero
            ? interval
            : TimeSpan.FromTicks(Math.Max(1, (long)(interval.Ticks / Speed)));

    /// <summary>Scales later <see cref="ITimer.Change"/> calls too: engines re-arm one timer for the next due time.</summary>
    private sealed class ScaledTimer(AcceleratedTimeProvider clock, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
