using System.Collections.Concurrent;

namespace MockInterview.Benchmarks;

/// <summary>Collects what the candidates measured; thread-safe.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentBag<double> latenciesMs = [];
    private readonly ConcurrentDictionary<string, int> errors = new();
    private int completed;
    private int conflicts;

    public int Completed => completed;

    public int Conflicts => conflicts;

    public IReadOnlyDictionary<string, int> Errors => errors;

    public int Turns => latenciesMs.Count;

    private readonly ConcurrentQueue<(double At, double Ms)> timeline = new();
    private readonly long origin = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>Turns finishing before this timestamp (warm-up, ramp-up) are not counted.</summary>
    public long MeasureFrom { get; set; }

    public void Turn(TimeSpan latency)
    {
        if (System.Diagnostics.Stopwatch.GetTimestamp() < MeasureFrom)
        {
            return;
        }

        latenciesMs.Add(latency.TotalMilliseconds);
        timeline.Enqueue((System.Diagnostics.Stopwatch.GetElapsedTime(origin).TotalSeconds, latency.TotalMilliseconds));
    }

    public void Dump(string path) => File.WriteAllLines(path, timeline.Select(t => $"{t.At:0.000} {t.Ms:0.0}"));

    public void InterviewCompleted() => Interlocked.Increment(ref completed);

    public void Conflict() => Interlocked.Increment(ref conflicts);

    public void Error(string what) => errors.AddOrUpdate(what, 1, (_, n) => n + 1);

    /// <summary>The latency at quantile <paramref name="q"/> (nearest rank), in milliseconds.</summary>
    public double Percentile(double q)
    {
        var sorted = latenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
