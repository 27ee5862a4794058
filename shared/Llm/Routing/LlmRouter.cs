using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Llm.Caching;
using MockInterview.Llm.Configuration;
using MockInterview.Llm.Health;
using MockInterview.Llm.Providers;
using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Routing;

/// <summary>Routes each call to the best provider that can take it now: priority tiers, weights, shared quotas,
/// per-instance circuit breakers, a per-attempt timeout and a total budget, with an exact-match cache in front.</summary>
internal sealed partial class LlmRouter : ILlmRouter
{
    private static readonly TimeSpan QuotaRecheck = TimeSpan.FromSeconds(30);
    private readonly LlmOptions options;
    private readonly IQuotaStore quotas;
    private readonly ILlmCache cache;
    private readonly LlmAlerter alerter;
    private readonly TimeProvider time;
    private readonly ILogger<LlmRouter> logger;
    private readonly ProviderSelector selector;
    private int allDown;

    public LlmRouter(IOptions<LlmOptions> options, IQuotaStore quotas, ILlmCache cache, LlmAlerter alerter, TimeProvider time,
        ILogger<LlmRouter> logger, Func<ProviderDefinition, IChatProvider>? clientFactory = null)
    {
        this.options = options.Value;
        this.quotas = quotas;
        this.cache = cache;
        this.alerter = alerter;
        this.time = time;
        this.logger = logger;
        var errors = new List<string>();
        var definitions = ProviderDefinitions.Resolve(this.options, errors);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(LlmOptions.SectionName, typeof(LlmOptions), errors);
        }

        var factory = clientFactory ?? (d => new OpenAiChatProvider(d, time));
        selector = new ProviderSelector([.. definitions.Select(d => new ProviderState(d, factory(d), this.options.HealthWindowSize))]);
    }

    public async Task<LlmResponse> CompleteAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        Check(request);
        var started = time.GetTimestamp();
        var (key, ttl) = CachePlan(request);
        if (key is not null && await ReadCacheAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            return new LlmResponse(hit.Content, hit.Provider, hit.Model, true, 0, 0, time.GetElapsedTime(started), []);
        }

        var call = new CallState(time.GetUtcNow() + TimeSpan.FromSeconds(options.TotalBudgetSeconds), TokenEstimator.Total(request, options.DefaultMaxOutputTokens));
        while (await NextAsync(call, cancellationToken).ConfigureAwait(false) is { } admission)
        {
            var reply = await AttemptAsync(admission, request, call, cancellationToken).ConfigureAwait(false);
            if (reply is null)
            {
                continue;
            }

            var provider = admission.Provider.Definition.Name;
            await AfterSuccessAsync(admission, reply.InputTokens, reply.OutputTokens, cancellationToken).ConfigureAwait(false);
            if (key is not null)
            {
                await WriteCacheAsync(key, new CachedReply(reply.Content, provider, reply.Model), ttl, cancellationToken).ConfigureAwait(false);
            }

            return new LlmResponse(reply.Content, provider, reply.Model, false, reply.InputTokens ?? 0, reply.OutputTokens ?? 0,
                time.GetElapsedTime(started), call.Attempts);
        }

        throw Exhausted(call);
    }

    /// <summary>The next admitted provider with its quota reserved, waiting (on the injected clock) only when no
    /// provider can take the call now and a Retry-After or quota window ends within the budget (never for a tripped
    /// circuit: a provider known to be down costs no time); null when the call must give up.</summary>
    private async Task<Admission?> NextAsync(CallState call, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            if (call.ProviderCalls >= options.MaxAttempts || now >= call.Deadline)
            {
                return null;
            }

            var provider = selector.Next(call, now);
            if (provider is null)
            {
                var at = selector.EarliestAvailability(call, now, includeBreaks: false);
                if (at is null || at >= call.Deadline)
                {
                    return null;
                }

                if (at > now)
                {
                    await Task.Delay(at.Value - now, time, cancellationToken).ConfigureAwait(false);
                }

                call.NewPass();
                continue;
            }

            var estimate = call.EstimatedTokens;
            var decision = await ReserveAsync(provider, estimate, now, cancellationToken).ConfigureAwait(false);
            if (decision is null || decision.Granted)
            {
                return new Admission(provider, estimate, decision is not null);
            }

            provider.ReleaseProbe();
            var retryAt = decision.RetryAt ?? now + TimeSpan.FromMinutes(1);
            provider.BlockQuota(retryAt < now + QuotaRecheck ? retryAt : now + QuotaRecheck, retryAt);
            call.QuotaRetryAt = call.QuotaRetryAt is { } earlier && earlier < retryAt ? earlier : retryAt;
            call.Attempts.Add(new LlmAttempt(provider.Definition.Name, "quota-exhausted", $"{decision.ExhaustedLimit} used up until {retryAt:u}", TimeSpan.Zero));
            if (decision.ExhaustedLimit is "requestsPerDay" or "tokensPerDay")
            {
                RaiseQuotaAlert(provider, provider.Definition.Limits.DayStart(now), $"{provider.Definition.Name} has used all of its {decision.ExhaustedLimit}; it starts over at {retryAt:u}.");
            }
        }
    }

    private async Task<ProviderReply?> AttemptAsync(Admission admission, LlmRequest request, CallState call, CancellationToken cancellationToken)
    {
        var provider = admission.Provider;
        var limit = AttemptLimit(provider, call);
        call.ProviderCalls++;
        var began = time.GetTimestamp();
        using var timeout = new CancellationTokenSource(limit, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var reply = await provider.Client.CompleteAsync(request, linked.Token).ConfigureAwait(false);
            if (request.JsonSchema is { } schema && JsonSchemaCheck.Problem(reply.Content, schema.Schema) is { } problem)
            {
                throw new ProviderException(FailureKind.SchemaViolation, $"The reply does not follow schema '{schema.Name}': {problem}");
            }

            Succeeded(provider, call, began);
            return reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            provider.ReleaseProbe();
            throw;
        }
        catch (OperationCanceledException ex)
        {
            Failed(provider, call, new ProviderException(FailureKind.Timeout, $"No reply within {limit.TotalSeconds:0.###} s.", null, ex), began);
        }
        catch (ProviderException ex)
        {
            Failed(provider, call, ex, began);
            await RefundAsync(admission, ex.Kind, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private TimeSpan AttemptLimit(ProviderState provider, CallState call)
    {
        var remaining = call.Deadline - time.GetUtcNow();
        var limit = provider.Definition.Timeout < remaining ? provider.Definition.Timeout : remaining;
        return limit > TimeSpan.Zero ? limit : TimeSpan.FromMilliseconds(1);
    }

    private static void Check(LlmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Purpose);
        ArgumentNullException.ThrowIfNull(request.PromptVersion);
        if (request.Messages is null || request.Messages.Count == 0)
        {
            throw new ArgumentException("A request needs at least one message.", nameof(request));
        }
    }
}
