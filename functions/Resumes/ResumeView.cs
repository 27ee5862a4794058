using System.Text.Json;
using MockInterview.Candidates.Resumes;
using DocumentFormat = MockInterview.Documents.DocumentFormat;

namespace MockInterview.Functions.Resumes;

/// <summary>A stored resume as its owner sees it (see docs/api-contract.md).</summary>
/// <param name="Id">32 lower-case hex characters.</param>
/// <param name="FileName">The uploaded file's name, sanitised.</param>
/// <param name="Format">pdf, docx, plainText or markdown: what the content is, whatever its name said.</param>
/// <param name="SizeBytes">Size of the file.</param>
/// <param name="Sha256">SHA-256 of the file, lower-case hex.</param>
/// <param name="UploadedAt">When it was stored.</param>
/// <param name="PageCount">Pages of a PDF; null otherwise.</param>
/// <param name="Warnings">Notes from the extraction (text cut, file repaired, encoding guessed).</param>
/// <param name="Text">The extracted plain text.</param>
/// <param name="Profile">The parsed resume profile (contact, experience, education, skills, sections, layout, warnings).</param>
public sealed record ResumeView(
    string Id,
    string FileName,
    DocumentFormat Format,
    long SizeBytes,
    string Sha256,
    DateTimeOffset UploadedAt,
    int? PageCount,
    IReadOnlyList<string> Warnings,
    string Text,
    JsonElement? Profile)
{
    /// <summary>The view of <paramref name="record"/>.</summary>
    internal static ResumeView From(ResumeRecord record)
    {
        JsonElement? profile = null;
        if (record.ProfileJson is { } json)
        {
            using var document = JsonDocument.Parse(json);
            profile = document.RootElement.Clone();
        }

        return new ResumeView(
            record.Id, record.FileName, record.Format, record.SizeBytes, record.Sha256, record.UploadedAt, record.PageCount, record.Warnings, record.Text, profile);
    }

    /// <summary>Overrides the generated text so that the resume's content never reaches a log.</summary>
    public override string ToString() => $"ResumeView {{ Id = {Id}, Format = {Format}, SizeBytes = {SizeBytes} }}";
}
