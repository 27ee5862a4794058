namespace MockInterview.Benchmarks;

/// <summary>Nearest-rank percentiles of a set of timings in milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly double[] sorted;

    public Percentiles(IEnumerable<double> values) => sorted = [.. values.Order()];

    public int Count => sorted.Length;

    public double P50 => At(0.50);

    public double P95 => At(0.95);

    public double P99 => At(0.99);

    public double Max => sorted.Length == 0 ? double.NaN : sorted[^1];

    public double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}
