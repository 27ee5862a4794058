namespace MockInterview.LlmInterviewer.Calls;

/// <summary>A parsed reply and its source ("llm:{provider}/{model}").</summary>
internal sealed record Reply<T>(T Value, string Source);
