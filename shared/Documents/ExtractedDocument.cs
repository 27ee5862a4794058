namespace MockInterview.Documents;

/// <summary>The text of a document, normalised (NFC, no control or bidi-override characters, at most one blank line
/// in a row) and capped at <c>Documents:MaxOutputChars</c>.</summary>
/// <param name="Text">The extracted text; never empty or whitespace only.</param>
/// <param name="Format">The format found in the content.</param>
/// <param name="PageCount">Pages of a PDF; null for other formats.</param>
/// <param name="Warnings">User-safe notes about the extraction (text cut, damaged file repaired, encoding guessed).</param>
public sealed record ExtractedDocument(string Text, DocumentFormat Format, int? PageCount, IReadOnlyList<string> Warnings);
