namespace MockInterview.Documents;

/// <summary>Marks the assembly; extraction types live in feature folders.</summary>
internal static class DocumentsAssembly;
