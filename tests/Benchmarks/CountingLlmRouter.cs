using System.Collections.Concurrent;
using System.Diagnostics;
using MockInterview.Llm.Health;
using MockInterview.Llm.Routing;

namespace MockInterview.Benchmarks;

/// <summary>The router the brain is given in the simulated day: the app's router, with every call counted by the
/// request's purpose as the brain sends it (calls, served from the cache, cacheable, answered by which provider,
/// failed over, lost) and timed.</summary>
internal sealed class CountingLlmRouter(ILlmRouter inner) : ILlmRouter
{
    private ConcurrentDictionary<string, RouterPurposeCount> purposes = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, int> providers = new(StringComparer.Ordinal);
    private ConcurrentQueue<double> hitMs = new();
    private ConcurrentQueue<double> missMs = new();
    private ConcurrentQueue<string> lostSamples = new();

    /// <summary>Counts by purpose.</summary>
    public IReadOnlyDictionary<string, RouterPurposeCount> Purposes => purposes;

    /// <summary>Calls answered (not from the cache) by each provider.</summary>
    public IReadOnlyDictionary<string, int> AnsweredBy => providers;

    public Percentiles HitMs => new(hitMs);

    public Percentiles MissMs => new(missMs);

    /// <summary>The first few lost calls, for the report.</summary>
    public IReadOnlyCollection<string> LostSamples => lostSamples;

    /// <summary>Starts counting afresh (between simulated days; no call may be running).</summary>
    public void Reset()
    {
        purposes = new(StringComparer.Ordinal);
        providers = new(StringComparer.Ordinal);
        hitMs = new();
        missMs = new();
        lostSamples = new();
    }

    public async Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var count = purposes.GetOrAdd(request.Purpose, _ => new RouterPurposeCount());
        count.Add(ref count.Calls);
        if (request.Cache.Cacheable)
        {
            count.Add(ref count.Cacheable);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await inner.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.FromCache)
            {
                count.Add(ref count.FromCache);
                hitMs.Enqueue(ms);
            }
            else
            {
                missMs.Enqueue(ms);
                providers.AddOrUpdate(response.Provider, 1, (_, n) => n + 1);
                if (response.Attempts.Count > 1)
                {
                    count.Add(ref count.Failovers);
                }
            }

            return response;
        }
        catch (Exception ex) when (ex is LlmRouterException || (ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // No healthy provider answered it in time (the brain's own deadline included): lost, whatever the brain does next.
            count.Add(ref count.Lost);
            if (lostSamples.Count < 5)
            {
                lostSamples.Enqueue($"{request.Purpose}: {ex.GetType().Name}: {ex.Message}");
            }

            throw;
        }
    }

    public IAsyncEnumerable<LlmStreamChunk> StreamAsync(LlmRequest request, CancellationToken cancellationToken) =>
        inner.StreamAsync(request, cancellationToken);

    public Task<LlmHealthReport> GetHealthAsync(CancellationToken cancellationToken) => inner.GetHealthAsync(cancellationToken);

    public Task<IReadOnlyList<string>> ResetDailyQuotasAsync(string? provider, CancellationToken cancellationToken) =>
        inner.ResetDailyQuotasAsync(provider, cancellationToken);
}
