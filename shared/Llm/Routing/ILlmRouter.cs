using MockInterview.Llm.Health;

namespace MockInterview.Llm.Routing;

/// <summary>Sends chat requests to the best available provider, with quotas, circuit breakers, failover and a cache.</summary>
public interface ILlmRouter
{
    /// <summary>The reply of the first provider that answers; throws <see cref="LlmRouterException"/> when none can.</summary>
    Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken);

    /// <summary>The reply as it is generated. Failover happens only before the first piece; a failure after it throws
    /// <see cref="LlmRouterException"/>. A schema in the request is sent but not checked (pieces are already out).</summary>
    IAsyncEnumerable<LlmStreamChunk> StreamAsync(LlmRequest request, CancellationToken cancellationToken);

    /// <summary>Health of every provider (success rate, latency, circuit, quota use) and recent alerts.</summary>
    Task<LlmHealthReport> GetHealthAsync(CancellationToken cancellationToken);

    /// <summary>Starts the day over for one provider (or all when <paramref name="provider"/> is null): clears its day
    /// counters and any local quota block. Returns the providers reset.</summary>
    Task<IReadOnlyList<string>> ResetDailyQuotasAsync(string? provider, CancellationToken cancellationToken);
}
