namespace MockInterview.Functions.Resumes;

/// <summary>The file part of an upload, read into memory (at most one byte past the size limit).</summary>
/// <param name="FileName">The file name the client sent, unsanitised; null when none.</param>
/// <param name="ContentType">The part's declared media type; null when none.</param>
/// <param name="Content">The bytes read.</param>
internal sealed record UploadedFile(string? FileName, string? ContentType, MemoryStream Content);
