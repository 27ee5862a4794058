namespace MockInterview.Llm.Providers;

/// <summary>A piece of a streamed reply; the usage arrives on the last piece when the provider reports it.</summary>
internal sealed record ProviderStreamPiece(string Text, int? InputTokens, int? OutputTokens);
