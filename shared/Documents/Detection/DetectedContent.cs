namespace MockInterview.Documents.Detection;

/// <summary>The kind of an upload found from its bytes, with a phrase for messages ("a PNG image").</summary>
internal sealed record DetectedContent(ContentKind Kind, string Description)
{
    public bool IsSupported => Kind is ContentKind.Pdf or ContentKind.Docx or ContentKind.Text;
}
