namespace MockInterview.Llm.Routing;

/// <summary>A provider admitted for one attempt, with the tokens reserved for it (Reserved is false when the quota
/// store could not be reached and the call went ahead uncounted).</summary>
internal sealed record Admission(ProviderState Provider, long EstimatedTokens, bool Reserved);
