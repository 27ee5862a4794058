namespace MockInterview.Benchmarks;

/// <summary>A clock whose calendar time (<see cref="GetUtcNow"/>) is set by the benchmark, so a day of traffic runs in
/// seconds: circuit breaks, half-open probes, cache time to live and quota windows follow the simulated time. Timestamps
/// and timers stay real, so measured durations and per-attempt timeouts are real.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    /// <summary>Moves the clock forward to <paramref name="to"/> (never back).</summary>
    public void AdvanceTo(DateTimeOffset to)
    {
        var target = to.UtcTicks;
        var current = Interlocked.Read(ref ticks);
        while (target > current)
        {
            var seen = Interlocked.CompareExchange(ref ticks, target, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
