using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Configuration;

/// <summary>A provider with its preset applied and its settings checked.</summary>
internal sealed record ProviderDefinition(
    string Name,
    Uri BaseUrl,
    string ApiKey,
    string Model,
    int Priority,
    int Weight,
    QuotaLimits Limits,
    int? ContextWindowTokens,
    TimeSpan Timeout)
{
    /// <summary>Names the provider without its key (a record's generated text would print every property, the key
    /// included), so a definition that ends up in a log line or a message leaks nothing.</summary>
    public override string ToString() => $"{Name} ({Model} at {BaseUrl})";

    /// <summary>Replaces the API key in <paramref name="text"/> so it can be logged.</summary>
    public string Redact(string text) =>
        ApiKey.Length >= 4 ? text.Replace(ApiKey, "***", StringComparison.Ordinal) : text;
}
