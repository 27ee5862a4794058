namespace MockInterview.Llm.Configuration;

/// <summary>When a provider's circuit opens and for how long (<c>Llm:Circuit</c>).</summary>
public sealed class LlmCircuitOptions
{
    /// <summary>Consecutive failures that open the circuit.</summary>
    public int FailureThreshold { get; set; } = 3;

    /// <summary>How long an open circuit stays open before one half-open probe, in seconds.</summary>
    public double BreakSeconds { get; set; } = 30;

    /// <summary>Cool-down after a 429 that carries no Retry-After, in seconds.</summary>
    public double RateLimitCooldownSeconds { get; set; } = 10;

    /// <summary>Longest Retry-After honoured, in seconds (a provider asking for a day is skipped for this long, then probed).</summary>
    public double MaxRetryAfterSeconds { get; set; } = 3600;
}
