namespace MockInterview.Llm.Routing;

/// <summary>A piece of a streamed reply.</summary>
/// <param name="Text">Text added by this piece (empty on the final piece).</param>
/// <param name="Provider">The provider streaming the reply.</param>
/// <param name="IsFinal">True on the last piece, which carries the usage.</param>
/// <param name="FromCache">True when the whole reply came from the cache.</param>
/// <param name="InputTokens">Prompt tokens, on the final piece.</param>
/// <param name="OutputTokens">Completion tokens, on the final piece.</param>
public sealed record LlmStreamChunk(string Text, string Provider, bool IsFinal, bool FromCache = false, int InputTokens = 0, int OutputTokens = 0);
