namespace MockInterview.Llm.Routing;

/// <summary>One provider attempt within a call.</summary>
/// <param name="Provider">The provider's name.</param>
/// <param name="Outcome">success, or the failure kind (rate-limited, unauthorized, context-length, server-error, timeout, malformed, schema-violation, network, quota-exhausted).</param>
/// <param name="Error">What went wrong, without secrets; null on success.</param>
/// <param name="Elapsed">Time spent on the attempt.</param>
public sealed record LlmAttempt(string Provider, string Outcome, string? Error, TimeSpan Elapsed);
