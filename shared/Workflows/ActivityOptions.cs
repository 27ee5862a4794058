namespace MockInterview.Workflows;

/// <summary>How an activity call is retried when the activity throws.</summary>
/// <param name="MaxAttempts">Attempts in all, the first included (1 = no retry).</param>
/// <param name="FirstRetryDelay">Delay before the second attempt; later delays grow by <paramref name="BackoffCoefficient"/>.</param>
/// <param name="BackoffCoefficient">Growth factor of the delay between attempts.</param>
/// <param name="MaxRetryDelay">Upper bound of one delay.</param>
public sealed record ActivityOptions(
    int MaxAttempts = 5,
    TimeSpan? FirstRetryDelay = null,
    double BackoffCoefficient = 2.0,
    TimeSpan? MaxRetryDelay = null)
{
    /// <summary>The defaults used when a call passes none.</summary>
    public static ActivityOptions Default { get; } = new();
}
