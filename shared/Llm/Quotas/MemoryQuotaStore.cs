using System.Collections.Concurrent;

namespace MockInterview.Llm.Quotas;

/// <summary>Quota counters of one app instance, for running locally.</summary>
/// <remarks>Each provider has its own lock, so a reservation checks and counts all four limits as one step.
/// Windows are keyed by their start (the UTC clock minute; the provider day from <see cref="QuotaLimits.DayStart"/>);
/// a window older than the one before the current one is dropped the next time the provider is touched.</remarks>
internal sealed class MemoryQuotaStore : IQuotaStore
{
    private readonly ConcurrentDictionary<string, ProviderWindows> providers = new(StringComparer.Ordinal);

    public ValueTask<QuotaDecision> TryReserveAsync(string provider, QuotaLimits limits, long estimatedTokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedTokens);
        var windows = providers.GetOrAdd(provider, static _ => new ProviderWindows());
        lock (windows)
        {
            var (minute, day) = windows.Current(limits, now);
            var refusal = QuotaCheck.Refusal(limits, minute.Requests, minute.Tokens, day.Requests, day.Tokens, estimatedTokens, now);
            if (refusal is not null)
            {
                return ValueTask.FromResult(refusal);
            }

            minute.Requests++;
            minute.Tokens += estimatedTokens;
            day.Requests++;
            day.Tokens += estimatedTokens;
            return ValueTask.FromResult(QuotaDecision.Allowed);
        }
    }

    public ValueTask AdjustTokensAsync(string provider, QuotaLimits limits, long tokenDelta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        var windows = providers.GetOrAdd(provider, static _ => new ProviderWindows());
        lock (windows)
        {
            var (minute, day) = windows.Current(limits, now);
            minute.Tokens = Math.Max(0, minute.Tokens + tokenDelta);
            day.Tokens = Math.Max(0, day.Tokens + tokenDelta);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<QuotaUsage> GetUsageAsync(string provider, QuotaLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        var minuteStart = QuotaLimits.MinuteStart(now);
        var dayStart = limits.DayStart(now);
        if (!providers.TryGetValue(provider, out var windows))
        {
            return ValueTask.FromResult(new QuotaUsage(0, 0, 0, 0, minuteStart, dayStart));
        }

        lock (windows)
        {
            var (minute, day) = windows.Current(limits, now);
            return ValueTask.FromResult(new QuotaUsage(minute.Requests, day.Requests, minute.Tokens, day.Tokens, minuteStart, dayStart));
        }
    }

    public ValueTask ResetDayAsync(string provider, QuotaLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuotaCheck.ValidateArguments(provider, limits);
        if (providers.TryGetValue(provider, out var windows))
        {
            lock (windows)
            {
                windows.RemoveDay(limits.DayStart(now));
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A provider's windows; every member is called under the instance's lock.</summary>
    private sealed class ProviderWindows
    {
        private readonly Dictionary<DateTimeOffset, QuotaWindowCount> minutes = [];
        private readonly Dictionary<DateTimeOffset, QuotaWindowCount> days = [];

        public (QuotaWindowCount Minute, QuotaWindowCount Day) Current(QuotaLimits limits, DateTimeOffset now)
        {
            var minuteStart = QuotaLimits.MinuteStart(now);
            var dayStart = limits.DayStart(now);
            return (Window(minutes, minuteStart, minuteStart.AddMinutes(-1)), Window(days, dayStart, dayStart.AddDays(-1)));
        }

        public void RemoveDay(DateTimeOffset dayStart) => days.Remove(dayStart);

        private static QuotaWindowCount Window(Dictionary<DateTimeOffset, QuotaWindowCount> windows, DateTimeOffset start, DateTimeOffset keepFrom)
        {
            if (windows.TryGetValue(start, out var count))
            {
                return count;
            }

            // A new window opens: drop the ones nobody can still be counting in (a caller whose clock lags by
            // a moment may still use the previous one).
            foreach (var old in windows.Keys.Where(s => s < keepFrom).ToList())
            {
                windows.Remove(old);
            }

            count = new QuotaWindowCount();
            windows[start] = count;
            return count;
        }

        public int WindowCount => minutes.Count + days.Count;
    }

    /// <summary>How many windows are held for <paramref name="provider"/> (for tests of the pruning).</summary>
    internal int WindowsHeld(string provider)
    {
        if (!providers.TryGetValue(provider, out var windows))
        {
            return 0;
        }

        lock (windows)
        {
            return windows.WindowCount;
        }
    }
}
