namespace MockInterview.Llm.Quotas;

/// <summary>Per-provider request and token counters per minute and per day, shared by every app instance
/// (Redis in production, memory locally).</summary>
/// <remarks>Windows are keyed by their start, so a missed reset cannot leave a provider blocked; the daily reset
/// timer and the admin endpoint call <see cref="ResetDayAsync"/> to start a provider's day over explicitly.</remarks>
public interface IQuotaStore
{
    /// <summary>Atomically checks all four limits and, only when every one has room, counts one request and
    /// <paramref name="estimatedTokens"/>. Concurrent callers on any instance never overshoot a limit.</summary>
    ValueTask<QuotaDecision> TryReserveAsync(string provider, QuotaLimits limits, long estimatedTokens, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Corrects the token counts once the provider reports real usage (<paramref name="tokenDelta"/> may be negative).</summary>
    ValueTask AdjustTokensAsync(string provider, QuotaLimits limits, long tokenDelta, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Current usage of the windows that contain <paramref name="now"/>.</summary>
    ValueTask<QuotaUsage> GetUsageAsync(string provider, QuotaLimits limits, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Clears the day counters (requests and tokens) of the day that contains <paramref name="now"/>.</summary>
    ValueTask ResetDayAsync(string provider, QuotaLimits limits, DateTimeOffset now, CancellationToken cancellationToken);
}
