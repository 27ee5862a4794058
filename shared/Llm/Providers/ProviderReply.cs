namespace MockInterview.Llm.Providers;

/// <summary>A complete reply from one provider; token counts are null when it reported no usage.</summary>
internal sealed record ProviderReply(string Content, string Model, int? InputTokens, int? OutputTokens);
