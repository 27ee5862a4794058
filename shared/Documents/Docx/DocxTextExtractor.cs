using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;

namespace MockInterview.Documents.Docx;

/// <summary>Extracts the text of a DOCX: headers (once each), the body, then footers.</summary>
/// <remarks>The archive's central directory has already passed <see cref="ZipInspector"/> (entry count, expanded
/// sizes, compression ratio) when this runs. OpenXml opens the package and resolves the parts through their
/// relationships; each part's XML is then streamed by <see cref="WordprocessingTextReader"/> under a character and a
/// depth limit.</remarks>
internal sealed class DocxTextExtractor(IOptions<DocumentExtractionOptions> options)
{
    public RawExtraction Extract(byte[] docx)
    {
        var settings = options.Value;
        try
        {
            using var stream = new MemoryStream(docx, writable: false);
            using var document = WordprocessingDocument.Open(
                stream, isEditable: false, new OpenSettings { MaxCharactersInPart = settings.MaxCharactersInPart, AutoSave = false });
            var main = document.MainDocumentPart ?? throw DocumentRejections.Corrupt("Word document (it has no main document part)");

            // Twice the output limit: normalisation removes some characters, and the rest is cut there anyway.
            var budget = new TextBudget(2L * settings.MaxOutputChars);
            var blocks = new List<string>();
            AddDistinct(blocks, main.HeaderParts, settings, budget);
            blocks.Add(string.Join('\n', ReadPart(main, settings, budget)));
            AddDistinct(blocks, main.FooterParts, settings, budget);
            return new RawExtraction(string.Join("\n\n", blocks), null, [], budget.Exhausted);
        }
        catch (XmlException e)
        {
            throw DocumentRejections.Corrupt("Word document", e);
        }
        catch (OpenXmlPackageException e)
        {
            throw DocumentRejections.Corrupt("Word document", e);
        }
        catch (FileFormatException e)
        {
            throw DocumentRejections.Corrupt("Word document", e);
        }
        catch (InvalidDataException e)
        {
            throw DocumentRejections.Corrupt("Word document", e);
        }
        catch (IOException e)
        {
            throw DocumentRejections.Corrupt("Word document", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or KeyNotFoundException)
        {
            // What System.IO.Packaging and OpenXml throw for packages that break their rules (duplicate parts, bad
            // relationship targets, unexpected content types): the file is damaged, not the server.
            throw DocumentRejections.Corrupt("Word document", e);
        }
    }

    // Sections often repeat the same header (first page, even pages, default); the text is kept once.
    private static void AddDistinct(List<string> blocks, IEnumerable<OpenXmlPart> parts, DocumentExtractionOptions settings, TextBudget budget)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (budget.Exhausted)
            {
                return;
            }

            var text = string.Join('\n', ReadPart(part, settings, budget)).Trim();
            if (text.Length > 0 && seen.Add(text))
            {
                blocks.Add(text);
            }
        }
    }

    private static IReadOnlyList<string> ReadPart(OpenXmlPart part, DocumentExtractionOptions settings, TextBudget budget)
    {
        using var stream = new BoundedReadStream(
            part.GetStream(FileMode.Open, FileAccess.Read),
            settings.MaxCharactersInPart,
            () => DocumentRejections.TooComplex("A part of the document is larger than any real document needs, so it was not read."));
        return WordprocessingTextReader.Read(stream, settings.MaxXmlDepth, settings.MaxCharactersInPart, budget);
    }
}
