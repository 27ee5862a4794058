namespace MockInterview.Llm.Routing;

/// <summary>No provider could answer within the attempts and time budget.</summary>
public sealed class LlmRouterException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LlmRouterException(string message, IReadOnlyList<LlmAttempt> attempts, DateTimeOffset? retryAt = null, Exception? inner = null)
        : base(message, inner)
    {
        Attempts = attempts;
        RetryAt = retryAt;
    }

    /// <summary>The attempts made, in order.</summary>
    public IReadOnlyList<LlmAttempt> Attempts { get; }

    /// <summary>When the first provider is expected to accept calls again, if known.</summary>
    public DateTimeOffset? RetryAt { get; }
}
