namespace MockInterview.Documents;

/// <summary>The formats text is extracted from.</summary>
public enum DocumentFormat
{
    /// <summary>A PDF with a text layer.</summary>
    Pdf,

    /// <summary>A Word document (Office Open XML).</summary>
    Docx,

    /// <summary>Plain text.</summary>
    PlainText,

    /// <summary>Markdown (plain text named <c>.md</c>/<c>.markdown</c> or typed <c>text/markdown</c>), kept as written.</summary>
    Markdown,
}
