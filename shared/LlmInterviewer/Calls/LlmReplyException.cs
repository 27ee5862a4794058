namespace MockInterview.LlmInterviewer.Calls;

/// <summary>The LLM answered, but the reply cannot be used (not the expected JSON, missing or empty parts).</summary>
internal sealed class LlmReplyException(string message, Exception? inner = null) : Exception(message, inner);
