namespace MockInterview.Documents.PlainText;

/// <summary>Text decoded from bytes, with a user-safe note when the encoding was a guess.</summary>
internal sealed record DecodedText(string Text, string? Warning);
