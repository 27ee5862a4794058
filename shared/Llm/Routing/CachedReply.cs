namespace MockInterview.Llm.Routing;

/// <summary>What the cache stores for one reply.</summary>
internal sealed record CachedReply(string Content, string Provider, string Model);
