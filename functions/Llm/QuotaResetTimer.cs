using MockInterview.Llm.Routing;

namespace MockInterview.Functions.Llm;

/// <summary>Runs the daily quota reset in-process when there is no Functions host (<c>Hosting:Mode=Local</c>): it
/// sleeps on the app's <see cref="TimeProvider"/> until the next provider's day starts, then runs <see cref="QuotaResetJob"/>.</summary>
internal sealed class QuotaResetTimer(QuotaResetJob job, ILlmRouter router, TimeProvider time, ILogger<QuotaResetTimer> logger)
    : BackgroundService
{
    private readonly Lock gate = new();
    private DateTimeOffset? nextRunAt;
    private QuotaResetResult? lastResult;

    /// <summary>When the timer wakes next; null before it is armed or when no provider is configured.</summary>
    public DateTimeOffset? NextRunAt
    {
        get
        {
            lock (gate)
            {
                return nextRunAt;
            }
        }
    }

    /// <summary>What the latest run did.</summary>
    public QuotaResetResult? LastResult
    {
        get
        {
            lock (gate)
            {
                return lastResult;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var previous = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var health = await router.GetHealthAsync(stoppingToken).ConfigureAwait(false);
                if (health.Providers.Count == 0)
                {
                    logger.LogDebug("No LLM provider is configured; the local quota reset timer stops.");
                    return;
                }

                var now = time.GetUtcNow();
                var next = health.Providers.Min(p => p.Limits.DayStart(now).AddDays(1));

                // The delay's timer exists before NextRunAt says so, so a clock moved after reading it fires it.
                var delay = Task.Delay(next - now, time, stoppingToken);
                lock (gate)
                {
                    nextRunAt = next;
                }

                await delay.ConfigureAwait(false);

                var result = await job.RunAsync(previous, stoppingToken).ConfigureAwait(false);
                foreach (var line in result.Lines)
                {
                    logger.LogInformation("ResetQuotas (local timer): {Line}", line);
                }

                previous = result.At;
                lock (gate)
                {
                    lastResult = result;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A failed run must not stop the app; quota days start over by themselves, and the next run retries.
                logger.LogError(ex, "The local quota reset timer failed; it tries again at the next reset time.");
                var retry = Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
                await retry.ConfigureAwait(false);
            }
        }
    }
}
