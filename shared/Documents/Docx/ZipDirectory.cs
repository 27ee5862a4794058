namespace MockInterview.Documents.Docx;

/// <summary>The entry names of an archive whose central directory passed the size and ratio checks.</summary>
internal sealed record ZipDirectory(IReadOnlySet<string> EntryNames);
