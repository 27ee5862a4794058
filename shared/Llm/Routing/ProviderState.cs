using MockInterview.Llm.Configuration;
using MockInterview.Llm.Health;
using MockInterview.Llm.Providers;

namespace MockInterview.Llm.Routing;

/// <summary>What this instance knows about one provider: circuit, disabled flag, local quota block, rolling stats.</summary>
/// <remarks>The circuit lives per instance on purpose: it reflects what this instance saw, costs no round trip, and a
/// half-open probe admits one call at a time. Quotas are shared through <see cref="Quotas.IQuotaStore"/>.</remarks>
internal sealed class ProviderState(ProviderDefinition definition, IChatProvider client, int windowSize)
{
    private readonly Lock gate = new();
    private readonly RollingStats stats = new(windowSize);
    private CircuitState circuit = CircuitState.Closed;
    private DateTimeOffset openUntil;
    private int consecutiveFailures;
    private bool probeInFlight;
    private bool trippedAlerted;
    private bool tripped;
    private bool disabled;
    private string? lastError;
    private DateTimeOffset? lastErrorAt;
    private DateTimeOffset quotaBlockedUntil;
    private DateTimeOffset quotaWindowEnds;

    public ProviderDefinition Definition { get; } = definition;

    public IChatProvider Client { get; } = client;

    /// <summary>Smooth weighted round-robin counter; touched only under the selector's lock.</summary>
    public long CurrentWeight { get; set; }

    /// <summary>When to read quota usage next and which day was already alerted.</summary>
    public QuotaAlertState QuotaAlerts { get; } = new();

    /// <summary>True when a call could be admitted now (no side effects).</summary>
    public bool IsAvailable(DateTimeOffset now)
    {
        lock (gate)
        {
            return !disabled && quotaBlockedUntil <= now && !probeInFlight && (circuit == CircuitState.Closed || openUntil <= now);
        }
    }

    /// <summary>When this provider may be admitted again; null when disabled, a probe is in flight, or (unless
    /// <paramref name="includeBreaks"/>) its circuit tripped: a provider known to be down is not worth waiting for,
    /// while a Retry-After or a quota window is.</summary>
    public DateTimeOffset? AvailableAt(DateTimeOffset now, bool includeBreaks)
    {
        lock (gate)
        {
            if (disabled || probeInFlight || (!includeBreaks && tripped && circuit != CircuitState.Closed && openUntil > now))
            {
                return null;
            }

            var at = circuit == CircuitState.Closed ? now : openUntil;
            var quota = quotaBlockedUntil > now ? quotaWindowEnds : now;
            return at > quota ? at : quota;
        }
    }

    /// <summary>Admits a call; once an open circuit's time is up the admitted call is the single half-open probe.</summary>
    public bool TryAdmit(DateTimeOffset now)
    {
        lock (gate)
        {
            if (disabled || quotaBlockedUntil > now || probeInFlight)
            {
                return false;
            }

            if (circuit == CircuitState.Closed)
            {
                return true;
            }

            if (openUntil > now)
            {
                return false;
            }

            circuit = CircuitState.HalfOpen;
            probeInFlight = true;
            return true;
        }
    }

    /// <summary>Records a success; true when it closed a circuit that had been reported as tripped.</summary>
    public bool Succeeded(TimeSpan latency)
    {
        lock (gate)
        {
            stats.Record(true, latency);
            return CloseLocked();
        }
    }

    /// <summary>The provider answered but the request cannot be served there (context length): the provider is up.</summary>
    public bool Responded()
    {
        lock (gate)
        {
            return CloseLocked();
        }
    }

    /// <summary>Records a failure; true when it tripped a closed circuit (raise an alert once).</summary>
    public bool Failed(string error, TimeSpan latency, DateTimeOffset now, int threshold, TimeSpan breakDuration, DateTimeOffset? retryAt)
    {
        lock (gate)
        {
            stats.Record(false, latency);
            lastError = error;
            lastErrorAt = now;
            consecutiveFailures++;
            var wasProbe = probeInFlight;
            probeInFlight = false;
            if (wasProbe || consecutiveFailures >= threshold)
            {
                var until = now + breakDuration;
                openUntil = retryAt is { } r && r > until ? r : until;
                circuit = CircuitState.Open;
                tripped = true;
                var newlyTripped = !trippedAlerted;
                trippedAlerted = true;
                return newlyTripped;
            }

            if (retryAt is { } at && at > now)
            {
                circuit = CircuitState.Open;
                openUntil = at;
                tripped = false;
            }

            return false;
        }
    }

    /// <summary>A 429: skip the provider until <paramref name="until"/>; not a health failure (the provider is up, only busy).</summary>
    public void RateLimited(string error, DateTimeOffset now, DateTimeOffset until)
    {
        lock (gate)
        {
            lastError = error;
            lastErrorAt = now;
            probeInFlight = false;
            if (circuit == CircuitState.Closed || openUntil <= now)
            {
                tripped = false;
            }

            circuit = CircuitState.Open;
            openUntil = until > openUntil || openUntil <= now ? until : openUntil;
        }
    }

    /// <summary>Takes the provider out of routing (credentials refused); true the first time.</summary>
    public bool Disable(string error, DateTimeOffset now)
    {
        lock (gate)
        {
            stats.Record(false, TimeSpan.Zero);
            lastError = error;
            lastErrorAt = now;
            probeInFlight = false;
            var first = !disabled;
            disabled = true;
            return first;
        }
    }

    /// <summary>Ends a probe that produced no verdict (caller cancelled, quota refused).</summary>
    public void ReleaseProbe()
    {
        lock (gate)
        {
            if (probeInFlight)
            {
                probeInFlight = false;
            }
        }
    }

    /// <summary>Skips the provider locally until <paramref name="recheckAt"/> (saves a store round trip per call; a reset
    /// on another instance is seen at the latest then); waits plan on <paramref name="windowEndsAt"/>.</summary>
    public void BlockQuota(DateTimeOffset recheckAt, DateTimeOffset windowEndsAt)
    {
        lock (gate)
        {
            quotaBlockedUntil = recheckAt;
            quotaWindowEnds = windowEndsAt;
        }
    }

    /// <summary>After a reset of the day: admit again at once and allow a new quota alert.</summary>
    public void ClearQuotaBlock()
    {
        lock (gate)
        {
            quotaBlockedUntil = DateTimeOffset.MinValue;
        }

        QuotaAlerts.Reset();
    }

    public ProviderSnapshot Snapshot(DateTimeOffset now)
    {
        lock (gate)
        {
            var state = circuit == CircuitState.Open && openUntil <= now ? CircuitState.HalfOpen : circuit;
            return new ProviderSnapshot(
                state,
                state == CircuitState.Closed ? null : openUntil,
                disabled,
                lastError,
                lastErrorAt,
                stats.Count,
                stats.SuccessRate(),
                stats.Percentile(50),
                stats.Percentile(95));
        }
    }

    private bool CloseLocked()
    {
        consecutiveFailures = 0;
        probeInFlight = false;
        tripped = false;
        if (circuit == CircuitState.Closed)
        {
            return false;
        }

        circuit = CircuitState.Closed;
        var recovered = trippedAlerted;
        trippedAlerted = false;
        return recovered;
    }
}
