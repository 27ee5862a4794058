namespace MockInterview.Llm.Configuration;

/// <summary>Settings of the LLM router, bound from the <c>Llm</c> configuration section.</summary>
public sealed class LlmOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Llm";

    /// <summary>The providers, in any order (priority and weight decide the routing).</summary>
    public List<LlmProviderOptions> Providers { get; set; } = [];

    /// <summary>Wall-clock budget of one call across all attempts and waits, in seconds.</summary>
    public double TotalBudgetSeconds { get; set; } = 20;

    /// <summary>Most provider attempts one call may make (failovers and retries together).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Output tokens assumed for the quota estimate when a request sets no maximum.</summary>
    public int DefaultMaxOutputTokens { get; set; } = 512;

    /// <summary>How many recent calls per provider the success rate and latency percentiles cover.</summary>
    public int HealthWindowSize { get; set; } = 200;

    /// <summary>Circuit breaker settings.</summary>
    public LlmCircuitOptions Circuit { get; set; } = new();

    /// <summary>Response cache settings.</summary>
    public LlmCacheOptions Cache { get; set; } = new();

    /// <summary>Alert settings.</summary>
    public LlmAlertOptions Alerts { get; set; } = new();
}
