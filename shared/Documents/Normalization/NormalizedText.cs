namespace MockInterview.Documents.Normalization;

/// <summary>Normalised text and whether it was cut at the character limit.</summary>
internal sealed record NormalizedText(string Text, bool Truncated);
