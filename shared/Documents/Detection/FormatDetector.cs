using MockInterview.Documents.Docx;
using MockInterview.Documents.PlainText;

namespace MockInterview.Documents.Detection;

/// <summary>Finds what an upload is from its magic bytes; the name and content type are never trusted alone.</summary>
internal static class FormatDetector
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> EmptyZipMagic => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // "EncryptionInfo" as UTF-16LE: the stream an OLE container holds when it wraps a password-protected OOXML file.
    private static ReadOnlySpan<byte> EncryptionInfoName =>
        [0x45, 0, 0x6E, 0, 0x63, 0, 0x72, 0, 0x79, 0, 0x70, 0, 0x74, 0, 0x69, 0, 0x6F, 0, 0x6E, 0, 0x49, 0, 0x6E, 0, 0x66, 0, 0x6F, 0];

    public static DetectedContent Detect(byte[] data, DocumentExtractionOptions options)
    {
        ReadOnlySpan<byte> head = data.AsSpan(0, Math.Min(data.Length, 64));
        if (head.StartsWith(PdfMagic))
        {
            return new DetectedContent(ContentKind.Pdf, "a PDF");
        }

        if (head.StartsWith(ZipMagic) || head.StartsWith(EmptyZipMagic))
        {
            return DetectArchive(data, options);
        }

        if (head.StartsWith(OleMagic))
        {
            return data.AsSpan().IndexOf(EncryptionInfoName) >= 0
                ? new DetectedContent(ContentKind.EncryptedOffice, "a password-protected Office document")
                : new DetectedContent(ContentKind.LegacyWord, "a legacy Office document (.doc)");
        }

        if (head.StartsWith("{\\rtf"u8))
        {
            return new DetectedContent(ContentKind.Rtf, "an RTF document");
        }

        if (ImageName(head) is { } image)
        {
            return new DetectedContent(ContentKind.Image, image);
        }

        if (!TextDecoder.LooksLikeText(data))
        {
            return new DetectedContent(ContentKind.Binary, "binary data of an unknown format");
        }

        return MarkupName(data) is { } markup ? new DetectedContent(ContentKind.Markup, markup) : new DetectedContent(ContentKind.Text, "plain text");
    }

    // A web page, SVG drawing or XML file is text, but its markup would swamp the words; say what it is instead.
    private static string? MarkupName(ReadOnlySpan<byte> data)
    {
        var start = data[..Math.Min(data.Length, 512)];
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        start = start.TrimStart(" \t\r\n"u8);
        if (StartsWithIgnoringCase(start, "<!doctype html"u8) || StartsWithIgnoringCase(start, "<html"u8))
        {
            return "a web page (HTML)";
        }

        if (StartsWithIgnoringCase(start, "<svg"u8))
        {
            return "an SVG drawing";
        }

        return StartsWithIgnoringCase(start, "<?xml"u8) ? "an XML file" : null;
    }

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> data, ReadOnlySpan<byte> prefix)
    {
        if (data.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (char.ToLowerInvariant((char)data[i]) != (char)prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static DetectedContent DetectArchive(byte[] data, DocumentExtractionOptions options)
    {
        var names = ZipInspector.Inspect(data, options).EntryNames;
        if (names.Contains("word/document.xml") || (names.Contains("[Content_Types].xml") && names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))))
        {
            return new DetectedContent(ContentKind.Docx, "a Word document (DOCX)");
        }

        if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
        {
            return new DetectedContent(ContentKind.Spreadsheet, "an Excel spreadsheet");
        }

        if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
        {
            return new DetectedContent(ContentKind.Presentation, "a PowerPoint presentation");
        }

        return names.Contains("mimetype") && names.Contains("content.xml")
            ? new DetectedContent(ContentKind.OpenDocument, "an OpenDocument file")
            : new DetectedContent(ContentKind.Archive, "a ZIP archive");
    }

    private static string? ImageName(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "a PNG image";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "a GIF image";
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return "a TIFF image";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && (head[8..12].SequenceEqual("heic"u8) || head[8..12].SequenceEqual("heix"u8) || head[8..12].SequenceEqual("mif1"u8) || head[8..12].SequenceEqual("avif"u8)))
        {
            return "a HEIC/AVIF image";
        }

        return head.StartsWith("BM"u8) && head.Length >= 14 && head[6] == 0 && head[7] == 0 && head[8] == 0 && head[9] == 0 ? "a BMP image" : null;
    }
}
