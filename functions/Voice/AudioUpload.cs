using MockInterview.Functions.Resumes;

namespace MockInterview.Functions.Voice;

/// <summary>An audio upload: the audio part and the small text fields sent with it.</summary>
/// <param name="Audio">The audio part (read into memory, at most one byte past the limit).</param>
/// <param name="Fields">The text fields by name (e.g. <c>questionId</c>).</param>
internal sealed record AudioUpload(UploadedFile Audio, IReadOnlyDictionary<string, string> Fields);
