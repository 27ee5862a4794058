namespace MockInterview.Llm.Providers;

/// <summary>Why an attempt failed; decides what happens to the provider and the call.</summary>
internal enum FailureKind
{
    RateLimited,
    Unauthorized,
    ContextLength,
    ServerError,
    Timeout,
    Malformed,
    SchemaViolation,
    Network,
    BadRequest,
}
