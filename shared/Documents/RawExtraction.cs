namespace MockInterview.Documents;

/// <summary>Text as a format reader produced it, before normalisation.</summary>
/// <param name="Text">The raw text.</param>
/// <param name="PageCount">Pages, for formats that have them.</param>
/// <param name="Warnings">User-safe notes.</param>
/// <param name="Truncated">The reader stopped at the output limit.</param>
internal sealed record RawExtraction(string Text, int? PageCount, IReadOnlyList<string> Warnings, bool Truncated = false);
