namespace MockInterview.Llm.Providers;

/// <summary>A piece of a streamed reply; the usage arrives on the last piece when the provider reports it, and
/// <paramref name="Finished"/> marks the piece that carried the model's finish reason.</summary>
internal sealed record ProviderStreamPiece(string Text, int? InputTokens, int? OutputTokens, bool Finished = false);
