using System.Globalization;
using MockInterview.Llm.Routing;

namespace MockInterview.Functions.Llm;

/// <summary>Resets the daily quota of each provider whose day (<c>DailyResetUtc</c>) started since the previous run.</summary>
/// <remarks>
/// Run by the <c>ResetQuotas</c> timer in Azure and by <see cref="QuotaResetTimer"/> locally. Quota windows are keyed
/// by their day start, so a missed or late run never leaves a provider blocked; resetting a provider in the middle of
/// its day would forget what it used, so when no previous run is known nothing is reset.
/// </remarks>
internal sealed class QuotaResetJob(ILlmRouter router, TimeProvider time, ILogger<QuotaResetJob> logger)
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastRun;

    /// <summary>Resets the providers whose day started in (<paramref name="previousRun"/>, now]; without
    /// <paramref name="previousRun"/> the last run of this instance counts.</summary>
    public async Task<QuotaResetResult> RunAsync(DateTimeOffset? previousRun, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? since;
        lock (gate)
        {
            since = previousRun ?? lastRun;
        }

        var reset = new List<string>();
        var failed = new List<string>();
        var lines = new List<string>();
        if (since is not { } from)
        {
            lines.Add("No previous run is known, so no provider is reset (quota days also start over by themselves).");
        }
        else
        {
            var health = await router.GetHealthAsync(cancellationToken).ConfigureAwait(false);
            foreach (var provider in health.Providers)
            {
                var dayStart = provider.Limits.DayStart(now);
                if (dayStart <= from)
                {
                    continue;
                }

                try
                {
                    reset.AddRange(await router.ResetDailyQuotasAsync(provider.Name, cancellationToken).ConfigureAwait(false));
                    lines.Add($"Reset the daily quota of {provider.Name}: its day started at {Format(dayStart)}.");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failed.Add(provider.Name);
                    lines.Add($"Resetting the daily quota of {provider.Name} failed: {ex.Message}");
                    logger.LogError(ex, "Resetting the daily LLM quota of {Provider} failed.", provider.Name);
                }
            }

            lines.Add(reset.Count + failed.Count == 0
                ? $"No provider's day started since {Format(from)}."
                : $"Checked {health.Providers.Count} providers for days started since {Format(from)}.");
        }

        lock (gate)
        {
            lastRun = lastRun is { } last && last > now ? last : now;
        }

        return new QuotaResetResult(now, since, reset, failed, lines);
    }

    private static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
