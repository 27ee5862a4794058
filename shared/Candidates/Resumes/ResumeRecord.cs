using MockInterview.Documents;

namespace MockInterview.Candidates.Resumes;

using DocumentFormat = MockInterview.Documents.DocumentFormat;

/// <summary>One stored resume: the file's facts, its extracted text and its parsed profile.</summary>
/// <param name="Id">32 lower-case hex characters.</param>
/// <param name="Owner">The caller who uploaded it.</param>
/// <param name="FileKey">The key of the original file in the file store.</param>
/// <param name="FileName">The name the caller gave the file, sanitised (a name only, no path; personal data: never log it).</param>
/// <param name="Format">The format found in the content.</param>
/// <param name="SizeBytes">Size of the file.</param>
/// <param name="Sha256">SHA-256 of the file, lower-case hex.</param>
/// <param name="UploadedAt">When it was stored.</param>
/// <param name="PageCount">Pages of a PDF; null for other formats.</param>
/// <param name="Text">The extracted plain text (personal data: never log it).</param>
/// <param name="ProfileJson">The parsed resume profile as JSON (camelCase); null when the parser was not available.</param>
/// <param name="Warnings">User-safe notes from the extraction.</param>
public sealed record ResumeRecord(
    string Id,
    string Owner,
    string FileKey,
    string FileName,
    DocumentFormat Format,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt,
    int? PageCount,
    string Text,
    string? ProfileJson,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Overrides the generated text so that the file name, text and contact details never reach a log.</summary>
    public override string ToString() => $"ResumeRecord {{ Id = {Id}, Format = {Format}, SizeBytes = {SizeBytes}, Chars = {Text.Length} }}";
}
