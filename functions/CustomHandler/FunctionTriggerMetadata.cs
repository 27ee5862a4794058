namespace MockInterview.Functions.CustomHandler;

/// <summary>Marks the endpoint that serves a non-HTTP function's envelope.</summary>
internal sealed record FunctionTriggerMetadata(string FunctionName);
