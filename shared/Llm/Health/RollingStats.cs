namespace MockInterview.Llm.Health;

/// <summary>The last N attempts of one provider: success rate and latency percentiles. Not thread-safe (callers lock).</summary>
internal sealed class RollingStats(int size)
{
    private readonly bool[] outcomes = new bool[size];
    private readonly double[] latencies = new double[size];
    private int outcomeCount;
    private int outcomeNext;
    private int latencyCount;
    private int latencyNext;

    public int Count => outcomeCount;

    public void Record(bool success, TimeSpan latency)
    {
        outcomes[outcomeNext] = success;
        outcomeNext = (outcomeNext + 1) % size;
        outcomeCount = Math.Min(outcomeCount + 1, size);
        if (success)
        {
            latencies[latencyNext] = latency.TotalMilliseconds;
            latencyNext = (latencyNext + 1) % size;
            latencyCount = Math.Min(latencyCount + 1, size);
        }
    }

    public double SuccessRate()
    {
        if (outcomeCount == 0)
        {
            return 1;
        }

        var ok = 0;
        for (var i = 0; i < outcomeCount; i++)
        {
            ok += outcomes[i] ? 1 : 0;
        }

        return Math.Round(ok / (double)outcomeCount, 4);
    }

    /// <summary>Nearest-rank percentile of successful latencies, in milliseconds (0 when none).</summary>
    public double Percentile(double p)
    {
        if (latencyCount == 0)
        {
            return 0;
        }

        var sorted = latencies.AsSpan(0, latencyCount).ToArray();
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)], 2);
    }
}
