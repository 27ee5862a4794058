using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace MockInterview.Documents.Tests.Support;

/// <summary>Builds DOCX files for tests: real ones with the OpenXml SDK, hostile ones as raw archives.</summary>
internal static class DocxBuilder
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A document whose body holds <paramref name="body"/>, with optional default header and footer text.</summary>
    public static byte[] Create(IEnumerable<OpenXmlElement> body, string? header = null, string? footer = null, string? firstPageHeader = null)
    {
        var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var sectionProperties = new W.SectionProperties();
            AddHeader(main, sectionProperties, header, W.HeaderFooterValues.Default);
            AddHeader(main, sectionProperties, firstPageHeader, W.HeaderFooterValues.First);
            if (footer is not null)
            {
                var footerPart = main.AddNewPart<FooterPart>();
                footerPart.Footer = new W.Footer(Paragraph(footer));
                sectionProperties.Append(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(footerPart) });
            }

            main.Document = new W.Document(new W.Body(body.Append(sectionProperties)));
        }

        return output.ToArray();
    }

    /// <summary>A document whose main part is exactly <paramref name="documentXml"/> (well-formed or not).</summary>
    public static byte[] FromDocumentXml(string documentXml)
    {
        var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.FeedData(new MemoryStream(Encoding.UTF8.GetBytes(documentXml)));
        }

        return output.ToArray();
    }

    /// <summary>Wraps body XML in a w:document element.</summary>
    public static string DocumentXml(string bodyXml) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WordNamespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{bodyXml}</w:body></w:document>""";

    public static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static W.Table Table(params string[][] rows) =>
        new(rows.Select(cells => new W.TableRow(cells.Select(cell => new W.TableCell(cell.Split('\n').Select(Paragraph))))));

    /// <summary>A raw ZIP archive of the given entries.</summary>
    public static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(data);
            }
        }

        return output.ToArray();
    }

    private static void AddHeader(MainDocumentPart main, W.SectionProperties section, string? text, W.HeaderFooterValues type)
    {
        if (text is null)
        {
            return;
        }

        var part = main.AddNewPart<HeaderPart>();
        part.Header = new W.Header(Paragraph(text));
        section.Append(new W.HeaderReference { Type = type, Id = main.GetIdOfPart(part) });
    }
}
