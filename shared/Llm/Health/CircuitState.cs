namespace MockInterview.Llm.Health;

/// <summary>State of a provider's circuit breaker.</summary>
public enum CircuitState
{
    /// <summary>Calls flow.</summary>
    Closed,

    /// <summary>The provider is skipped until its break (or Retry-After) ends.</summary>
    Open,

    /// <summary>The break has ended; one probe call at a time decides whether it closes.</summary>
    HalfOpen,
}
