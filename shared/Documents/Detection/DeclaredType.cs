namespace MockInterview.Documents.Detection;

/// <summary>What the file name's extension or the content type claims, reduced to the formats we read.</summary>
/// <param name="Format">The supported format claimed; null when nothing or something unsupported is claimed.</param>
/// <param name="Description">The claim in words ("a .pdf file", "type image/png"); null when nothing is claimed.</param>
internal sealed record DeclaredType(DocumentFormat? Format, string? Description)
{
    private static readonly DeclaredType Nothing = new(null, null);

    private static readonly Dictionary<string, DocumentFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentFormat.Pdf,
        [".docx"] = DocumentFormat.Docx,
        [".txt"] = DocumentFormat.PlainText,
        [".text"] = DocumentFormat.PlainText,
        [".md"] = DocumentFormat.Markdown,
        [".markdown"] = DocumentFormat.Markdown,
    };

    // Extensions that name some other, known format: a supported content under one of these names is a mismatch.
    private static readonly HashSet<string> OtherDocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".doc", ".dot", ".docm", ".dotx", ".rtf", ".odt", ".pages", ".wpd", ".xls", ".xlsx", ".ppt", ".pptx", ".odp", ".ods",
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".zip", ".exe",
    };

    private static readonly Dictionary<string, DocumentFormat> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = DocumentFormat.Pdf,
        ["application/x-pdf"] = DocumentFormat.Pdf,
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = DocumentFormat.Docx,
        ["text/plain"] = DocumentFormat.PlainText,
        ["text/markdown"] = DocumentFormat.Markdown,
        ["text/x-markdown"] = DocumentFormat.Markdown,
    };

    // Types that claim nothing: browsers and clients send these when they do not know.
    private static readonly HashSet<string> NeutralMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/octet-stream", "binary/octet-stream", "application/unknown", "application/x-unknown", "multipart/form-data",
    };

    /// <summary>The claim of a file name's extension (only the last one counts).</summary>
    public static DeclaredType FromFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName.Trim());
        if (extension.Length == 0)
        {
            return Nothing;
        }

        if (Extensions.TryGetValue(extension, out var format))
        {
            return new DeclaredType(format, $"a {extension.ToLowerInvariant()} file");
        }

        return OtherDocumentExtensions.Contains(extension) ? new DeclaredType(null, $"a {extension.ToLowerInvariant()} file") : Nothing;
    }

    /// <summary>The claim of a content type; parameters (<c>; charset=…</c>) are ignored.</summary>
    public static DeclaredType FromContentType(string? contentType)
    {
        var mediaType = contentType?.Split(';', 2)[0].Trim() ?? string.Empty;
        if (mediaType.Length == 0 || NeutralMediaTypes.Contains(mediaType))
        {
            return Nothing;
        }

        // The media type is echoed in messages only when it is a plain token, never as arbitrary client text.
        var shown = mediaType.Length <= 100 && mediaType.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '+')
            ? $"type {mediaType.ToLowerInvariant()}"
            : "another type";
        return MediaTypes.TryGetValue(mediaType, out var format) ? new DeclaredType(format, shown) : new DeclaredType(null, shown);
    }

    /// <summary>Whether this claim accepts content detected as <paramref name="kind"/>.</summary>
    public bool Accepts(ContentKind kind) => Description is null || (Format, kind) switch
    {
        (DocumentFormat.Pdf, ContentKind.Pdf) => true,
        (DocumentFormat.Docx, ContentKind.Docx) => true,
        (DocumentFormat.PlainText or DocumentFormat.Markdown, ContentKind.Text) => true,
        _ => false,
    };
}
