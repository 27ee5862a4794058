using Microsoft.Extensions.Logging;
using MockInterview.Llm.Health;
using MockInterview.Llm.Providers;
using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Routing;

/// <summary>Quota reservation and correction, quota alerts, health and the daily reset.</summary>
internal sealed partial class LlmRouter
{
    public async Task<LlmHealthReport> GetHealthAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var providers = new List<LlmProviderHealth>();
        foreach (var p in selector.Providers.OrderBy(p => p.Definition.Priority).ThenBy(p => p.Definition.Name, StringComparer.Ordinal))
        {
            var d = p.Definition;
            QuotaUsage? usage = null;
            try
            {
                usage = await quotas.GetUsageAsync(d.Name, d.Limits, now, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Reading the quota usage of {Provider} failed: {Error}", d.Name, ex.Message);
            }

            providers.Add(p.Health(now, usage, usage is null ? 0 : Percent(usage, d.Limits, dayOnly: false)));
        }

        return new LlmHealthReport(now, providers, Volatile.Read(ref allDown) == 1, alerter.Recent());
    }

    public async Task<IReadOnlyList<string>> ResetDailyQuotasAsync(string? provider, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reset = new List<string>();
        foreach (var p in selector.Providers.Where(p => provider is null || string.Equals(p.Definition.Name, provider, StringComparison.OrdinalIgnoreCase)))
        {
            await quotas.ResetDayAsync(p.Definition.Name, p.Definition.Limits, now, cancellationToken).ConfigureAwait(false);
            p.ClearQuotaBlock();
            reset.Add(p.Definition.Name);
        }

        if (reset.Count > 0)
        {
            logger.LogInformation("Daily LLM quotas reset for {Providers}", string.Join(", ", reset));
        }

        return reset;
    }

    /// <summary>The store's decision, or null when the store failed: the call then goes ahead uncounted, because an
    /// unreachable counter store must not take every provider down with it.</summary>
    private async Task<QuotaDecision?> ReserveAsync(ProviderState provider, long estimate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await quotas.TryReserveAsync(provider.Definition.Name, provider.Definition.Limits, estimate, now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("The quota store failed for {Provider}; the call goes ahead uncounted: {Error}", provider.Definition.Name, ex.Message);
            return null;
        }
    }

    private async Task AfterSuccessAsync(Admission admission, int? inputTokens, int? outputTokens, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref allDown, 0) == 1)
        {
            alerter.Raise(LlmAlertKind.ProvidersBack, admission.Provider.Definition.Name, $"{admission.Provider.Definition.Name} answered; LLM calls are served again.");
        }

        if (!admission.Reserved)
        {
            return;
        }

        var provider = admission.Provider;
        var d = provider.Definition;
        var now = time.GetUtcNow();
        try
        {
            if (inputTokens is not null || outputTokens is not null)
            {
                var delta = (long)(inputTokens ?? 0) + (outputTokens ?? 0) - admission.EstimatedTokens;
                if (delta != 0)
                {
                    await quotas.AdjustTokensAsync(d.Name, d.Limits, delta, now, cancellationToken).ConfigureAwait(false);
                }
            }

            if ((d.Limits.RequestsPerDay is not null || d.Limits.TokensPerDay is not null)
                && provider.QuotaAlerts.ClaimCheck(now, TimeSpan.FromSeconds(options.Alerts.QuotaCheckSeconds)))
            {
                var usage = await quotas.GetUsageAsync(d.Name, d.Limits, now, cancellationToken).ConfigureAwait(false);
                var percent = Percent(usage, d.Limits, dayOnly: true);
                if (percent >= options.Alerts.QuotaThresholdPercent)
                {
                    RaiseQuotaAlert(provider, usage.DayStart,
                        $"{d.Name} has used {percent:0}% of its daily quota (requests {usage.RequestsToday}/{d.Limits.RequestsPerDay?.ToString() ?? "∞"}, " +
                        $"tokens {usage.TokensToday}/{d.Limits.TokensPerDay?.ToString() ?? "∞"}); it starts over at {usage.DayStart.AddDays(1):u}.");
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Updating the quota of {Provider} failed: {Error}", d.Name, ex.Message);
        }
    }

    /// <summary>Gives back the reserved tokens when the provider refused the request before generating anything
    /// (the request itself stays counted: providers count refused requests too).</summary>
    private async Task RefundAsync(Admission admission, FailureKind kind, CancellationToken cancellationToken)
    {
        if (!admission.Reserved || kind is FailureKind.Timeout or FailureKind.Malformed or FailureKind.SchemaViolation)
        {
            return;
        }

        var d = admission.Provider.Definition;
        try
        {
            await quotas.AdjustTokensAsync(d.Name, d.Limits, -admission.EstimatedTokens, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Returning reserved tokens of {Provider} failed: {Error}", d.Name, ex.Message);
        }
    }

    private void RaiseQuotaAlert(ProviderState provider, DateTimeOffset dayStart, string message)
    {
        if (provider.QuotaAlerts.ClaimAlert(dayStart))
        {
            alerter.Raise(LlmAlertKind.QuotaHigh, provider.Definition.Name, message);
        }
    }

    private static double Percent(QuotaUsage usage, QuotaLimits limits, bool dayOnly)
    {
        var percent = Math.Max(Share(usage.RequestsToday, limits.RequestsPerDay), Share(usage.TokensToday, limits.TokensPerDay));
        if (!dayOnly)
        {
            percent = Math.Max(percent, Math.Max(Share(usage.RequestsThisMinute, limits.RequestsPerMinute), Share(usage.TokensThisMinute, limits.TokensPerMinute)));
        }

        return Math.Round(percent, 1);

        static double Share(long used, long? limit) => limit is > 0 ? 100.0 * used / limit.Value : 0;
    }
}
