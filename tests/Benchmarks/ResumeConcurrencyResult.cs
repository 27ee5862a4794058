namespace MockInterview.Benchmarks;

/// <summary>Documents processed end to end by several callers at once.</summary>
/// <param name="Concurrency">Callers running at the same time.</param>
/// <param name="Documents">Runs completed without error.</param>
/// <param name="Busy">Runs answered "try again" because no extraction slot freed up within the timeout.</param>
/// <param name="Failed">Runs that failed otherwise (a tool timed out or was killed by a limit).</param>
/// <param name="Seconds">Wall time of the whole batch.</param>
/// <param name="Totals">End-to-end time of each completed run, in milliseconds (waiting for a slot included).</param>
internal sealed record ResumeConcurrencyResult(int Concurrency, int Documents, int Busy, int Failed, double Seconds, Percentiles Totals)
{
    public double DocumentsPerSecond => Documents / Seconds;
}
