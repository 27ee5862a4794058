using Microsoft.Extensions.Logging;
using MockInterview.Llm.Health;
using MockInterview.Llm.Providers;

namespace MockInterview.Llm.Routing;

/// <summary>What an attempt's outcome does to the provider (circuit, cool-down, disabled flag) and to the call.</summary>
internal sealed partial class LlmRouter
{
    private void Succeeded(ProviderState provider, CallState call, long began)
    {
        var elapsed = time.GetElapsedTime(began);
        call.Attempts.Add(new LlmAttempt(provider.Definition.Name, "success", null, elapsed));
        if (provider.Succeeded(elapsed))
        {
            alerter.Raise(LlmAlertKind.ProviderRecovered, provider.Definition.Name, $"{provider.Definition.Name} answered its probe and is back in routing.");
        }
    }

    private void Failed(ProviderState provider, CallState call, ProviderException failure, long began)
    {
        var now = time.GetUtcNow();
        var elapsed = time.GetElapsedTime(began);
        var definition = provider.Definition;
        var error = definition.Redact(failure.Message);
        var kind = FailureKinds.Name(failure.Kind);
        call.Attempts.Add(new LlmAttempt(definition.Name, kind, error, elapsed));
        logger.LogWarning("LLM provider {Provider} failed ({Kind}) after {Milliseconds:0} ms: {Error}", definition.Name, kind, elapsed.TotalMilliseconds, error);
        switch (failure.Kind)
        {
            case FailureKind.RateLimited:
                provider.RateLimited(error, now, now + RetryDelay(failure.RetryAfter) ?? now + TimeSpan.FromSeconds(options.Circuit.RateLimitCooldownSeconds));
                break;
            case FailureKind.Unauthorized:
                if (provider.Disable(error, now))
                {
                    alerter.Raise(LlmAlertKind.ProviderDisabled, definition.Name,
                        $"{definition.Name} refused its credentials ({error}); it is out of routing until its key is fixed and the app restarts.");
                }

                break;
            case FailureKind.ContextLength:
                call.ContextTooSmall(definition.Name, definition.ContextWindowTokens);
                if (provider.Responded())
                {
                    alerter.Raise(LlmAlertKind.ProviderRecovered, definition.Name, $"{definition.Name} answered its probe and is back in routing.");
                }

                break;
            default:
                var retryAt = now + RetryDelay(failure.RetryAfter);
                if (provider.Failed(error, elapsed, now, options.Circuit.FailureThreshold, TimeSpan.FromSeconds(options.Circuit.BreakSeconds), retryAt))
                {
                    alerter.Raise(LlmAlertKind.ProviderTripped, definition.Name,
                        $"{definition.Name} failed {options.Circuit.FailureThreshold} times in a row (last: {kind}: {error}); it is skipped until {provider.OpenUntil:u}, then probed.");
                }

                break;
        }
    }

    private TimeSpan? RetryDelay(TimeSpan? retryAfter)
    {
        if (retryAfter is not { } delay)
        {
            return null;
        }

        var max = TimeSpan.FromSeconds(options.Circuit.MaxRetryAfterSeconds);
        return delay > max ? max : delay;
    }

    private LlmRouterException Exhausted(CallState call)
    {
        if (selector.Providers.Count == 0)
        {
            return new LlmRouterException("No LLM provider is configured (set Llm:Providers).", call.Attempts);
        }

        var now = time.GetUtcNow();
        var retryAt = selector.EarliestAvailability(call, now, includeBreaks: true) ?? call.QuotaRetryAt;
        var tried = call.Attempts.Count == 0 ? "no provider could take the call"
            : string.Join("; ", call.Attempts.Select(a => $"{a.Provider}: {a.Outcome}"));
        var message = call.MinContextWindow > 0 && call.Attempts.All(a => a.Outcome is "context-length" or "quota-exhausted")
            ? $"The request is longer than the context window of every provider that could take it ({tried})."
            : $"No LLM provider could answer within {call.ProviderCalls} attempts and the time budget ({tried}).";
        if (!selector.Providers.Any(p => p.IsAvailable(now)) && Interlocked.Exchange(ref allDown, 1) == 0)
        {
            alerter.Raise(LlmAlertKind.AllProvidersDown, null, $"No LLM provider can serve calls ({tried}).");
        }

        return new LlmRouterException(message, call.Attempts, retryAt);
    }
}
