namespace MockInterview.Llm.Health;

/// <summary>An alert as logged and posted to the webhook.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Provider">The provider concerned, or null for router-wide alerts.</param>
/// <param name="Message">A sentence for people, without secrets.</param>
/// <param name="At">When it was raised.</param>
public sealed record LlmAlert(LlmAlertKind Kind, string? Provider, string Message, DateTimeOffset At);
