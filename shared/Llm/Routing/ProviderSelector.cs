namespace MockInterview.Llm.Routing;

/// <summary>Orders providers by priority tier and, within a tier, by smooth weighted round-robin (deterministic:
/// weights 3:1 give A A B A, so tests can be exact).</summary>
internal sealed class ProviderSelector(IReadOnlyList<ProviderState> providers)
{
    private readonly Lock gate = new();
    // Arrays, so that walking them on every call allocates no enumerator.
    private readonly ProviderState[][] tiers =
        [.. providers.OrderBy(p => p.Definition.Priority).ThenBy(p => p.Definition.Name, StringComparer.Ordinal)
            .GroupBy(p => p.Definition.Priority).Select(t => t.ToArray())];

    public IReadOnlyList<ProviderState> Providers { get; } = providers;

    /// <summary>The best provider not yet tried in this pass that admits a call now, already admitted
    /// (a half-open circuit admits this call as its single probe); null when none.</summary>
    public ProviderState? Next(CallState call, DateTimeOffset now)
    {
        lock (gate)
        {
            foreach (var tier in tiers)
            {
                while (true)
                {
                    ProviderState? best = null;
                    long total = 0;
                    foreach (var p in tier)
                    {
                        if (call.Tried(p.Definition.Name) || !call.Qualifies(p) || !p.IsAvailable(now))
                        {
                            continue;
                        }

                        p.CurrentWeight += p.Definition.Weight;
                        total += p.Definition.Weight;
                        if (best is null || p.CurrentWeight > best.CurrentWeight)
                        {
                            best = p;
                        }
                    }

                    if (best is null)
                    {
                        break;
                    }

                    best.CurrentWeight -= total;
                    call.MarkTried(best.Definition.Name);
                    if (best.TryAdmit(now))
                    {
                        return best;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>The earliest time a qualifying provider may be admitted again (tripped circuits only when
    /// <paramref name="includeBreaks"/>); null when none will.</summary>
    public DateTimeOffset? EarliestAvailability(CallState call, DateTimeOffset now, bool includeBreaks)
    {
        DateTimeOffset? earliest = null;
        foreach (var p in Providers)
        {
            if (call.Qualifies(p) && p.AvailableAt(now, includeBreaks) is { } at && (earliest is null || at < earliest))
            {
                earliest = at;
            }
        }

        return earliest;
    }
}
