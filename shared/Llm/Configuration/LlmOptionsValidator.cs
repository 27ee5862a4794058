using Microsoft.Extensions.Options;

namespace MockInterview.Llm.Configuration;

/// <summary>Checks the <c>Llm</c> section at start so a bad setting fails fast with a message that names it.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = new List<string>();
        ProviderDefinitions.Resolve(options, errors);
        Check(options.TotalBudgetSeconds is > 0 and <= 600, $"Llm:TotalBudgetSeconds must be between 0 and 600 (was {options.TotalBudgetSeconds}).");
        Check(options.MaxAttempts is >= 1 and <= 20, $"Llm:MaxAttempts must be between 1 and 20 (was {options.MaxAttempts}).");
        Check(options.DefaultMaxOutputTokens >= 1, $"Llm:DefaultMaxOutputTokens must be positive (was {options.DefaultMaxOutputTokens}).");
        Check(options.HealthWindowSize is >= 10 and <= 10_000, $"Llm:HealthWindowSize must be between 10 and 10000 (was {options.HealthWindowSize}).");
        Check(options.Circuit.FailureThreshold >= 1, $"Llm:Circuit:FailureThreshold must be 1 or more (was {options.Circuit.FailureThreshold}).");
        Check(options.Circuit.BreakSeconds > 0, $"Llm:Circuit:BreakSeconds must be positive (was {options.Circuit.BreakSeconds}).");
        Check(options.Circuit.RateLimitCooldownSeconds > 0, $"Llm:Circuit:RateLimitCooldownSeconds must be positive (was {options.Circuit.RateLimitCooldownSeconds}).");
        Check(options.Circuit.MaxRetryAfterSeconds > 0, $"Llm:Circuit:MaxRetryAfterSeconds must be positive (was {options.Circuit.MaxRetryAfterSeconds}).");
        Check(options.Cache.DefaultTtlSeconds >= 0, $"Llm:Cache:DefaultTtlSeconds must be 0 or more (was {options.Cache.DefaultTtlSeconds}).");
        foreach (var (purpose, ttl) in options.Cache.TtlSecondsByPurpose)
        {
            Check(ttl >= 0, $"Llm:Cache:TtlSecondsByPurpose:{purpose} must be 0 or more (was {ttl}).");
        }

        Check(options.Alerts.QuotaThresholdPercent is > 0 and <= 100, $"Llm:Alerts:QuotaThresholdPercent must be between 0 and 100 (was {options.Alerts.QuotaThresholdPercent}).");
        Check(options.Alerts.QuotaCheckSeconds >= 0, $"Llm:Alerts:QuotaCheckSeconds must be 0 or more (was {options.Alerts.QuotaCheckSeconds}).");
        Check(options.Alerts.WebhookTimeoutSeconds > 0, $"Llm:Alerts:WebhookTimeoutSeconds must be positive (was {options.Alerts.WebhookTimeoutSeconds}).");
        Check(
            string.IsNullOrWhiteSpace(options.Alerts.WebhookUrl) || (Uri.TryCreate(options.Alerts.WebhookUrl, UriKind.Absolute, out var hook) && hook.Scheme is "http" or "https"),
            "Llm:Alerts:WebhookUrl must be an absolute http(s) URL.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);

        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }
    }
}
