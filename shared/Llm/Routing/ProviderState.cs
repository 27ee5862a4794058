using MockInterview.Llm.Configuration;
using MockInterview.Llm.Health;
using MockInterview.Llm.Providers;
using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Routing;

/// <summary>What this instance knows about one provider: circuit, disabled flag, local quota block, rolling stats.</summary>
/// <remarks>The circuit lives per instance on purpose: it reflects what this instance saw, costs no round trip, and a
/// half-open probe admits one call at a time. Quotas are shared through <see cref="IQuotaStore"/>.</remarks>
internal sealed class ProviderState(ProviderDefinition definition, IChatProvider client, int windowSize)
{
    private readonly Lock gate = new();
    private readonly RollingStats stats = new(windowSize);
    private readonly CircuitBreaker circuit = new();
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

    /// <summary>When the open circuit lets a probe through.</summary>
    public DateTimeOffset OpenUntil
    {
        get
        {
            lock (gate)
            {
                return circuit.OpenUntil;
            }
        }
    }

    /// <summary>True when a call could be admitted now (no side effects).</summary>
    public bool IsAvailable(DateTimeOffset now)
    {
        lock (gate)
        {
            return !disabled && quotaBlockedUntil <= now && circuit.Admits(now);
        }
    }

    /// <summary>When this provider may be admitted again; null when disabled, a probe is in flight, or (unless
    /// <paramref name="includeBreaks"/>) its circuit tripped: a provider known to be down is not worth waiting for,
    /// while a Retry-After or a quota window is.</summary>
    public DateTimeOffset? AvailableAt(DateTimeOffset now, bool includeBreaks)
    {
        lock (gate)
        {
            if (disabled || circuit.ProbeInFlight || (!includeBreaks && circuit.IsTripped(now)))
            {
                return null;
            }

            var at = circuit.ReadyAt(now);
            var quota = quotaBlockedUntil > now ? quotaWindowEnds : now;
            return at > quota ? at : quota;
        }
    }

    /// <summary>Admits a call; once an open circuit's time is up the admitted call is the single half-open probe.</summary>
    public bool TryAdmit(DateTimeOffset now)
    {
        lock (gate)
        {
            return !disabled && quotaBlockedUntil <= now && circuit.TryAdmit(now);
        }
    }

    /// <summary>Records a success; true when it closed a circuit that had been reported as tripped.</summary>
    public bool Succeeded(TimeSpan latency)
    {
        lock (gate)
        {
            stats.Record(true, latency);
            return circuit.Close();
        }
    }

    /// <summary>The provider answered but the request cannot be served there (context length): the provider is up.</summary>
    public bool Responded()
    {
        lock (gate)
        {
            return circuit.Close();
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
            return circuit.Failed(now, threshold, breakDuration, retryAt);
        }
    }

    /// <summary>A 429: skip the provider until <paramref name="until"/>; not a health failure (the provider is up, only busy).</summary>
    public void RateLimited(string error, DateTimeOffset now, DateTimeOffset until)
    {
        lock (gate)
        {
            lastError = error;
            lastErrorAt = now;
            circuit.RateLimited(now, until);
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
            circuit.ReleaseProbe();
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
            circuit.ReleaseProbe();
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

    /// <summary>A consistent read of this provider's state, with the quota figures read from the store.</summary>
    public LlmProviderHealth Health(DateTimeOffset now, QuotaUsage? usage, double quotaUsedPercent)
    {
        lock (gate)
        {
            var state = circuit.Reported(now);
            return new LlmProviderHealth(
                Definition.Name,
                Definition.Model,
                Definition.Priority,
                Definition.Weight,
                state,
                state == CircuitState.Closed ? null : circuit.OpenUntil,
                disabled,
                lastError,
                lastErrorAt,
                stats.Count,
                stats.SuccessRate(),
                stats.Percentile(50),
                stats.Percentile(95),
                Definition.Limits,
                usage,
                quotaUsedPercent);
        }
    }
}
