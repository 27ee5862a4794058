using System.IO.Compression;
using System.Text;
using System.Security;

namespace MockInterview.Functions.Tests.Resumes;

/// <summary>Documents made for these tests: a real DOCX, and hostile PDFs and archives written byte by byte.</summary>
internal static class TestDocuments
{
    /// <summary>A minimal Word document (the three parts Word needs) with one paragraph per line of <paramref name="text"/>.</summary>
    public static byte[] Docx(string text)
    {
        var paragraphs = string.Concat(text.Split('\n').Select(line =>
            $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(line.TrimEnd('\r'))}</w:t></w:r></w:p>"));
        return Zip(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
            ("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paragraphs}</w:body></w:document>"""));
    }

    /// <summary>A one-page PDF drawing <paramref name="content"/> (a line of text by default); <paramref name="pageExtra"/>
    /// is added to the page dictionary and <paramref name="trailerExtra"/> to the trailer.</summary>
    public static byte[] Pdf(string content = "BT /F1 12 Tf 72 720 Td (Ada Lovelace, backend engineer) Tj ET", string pageExtra = "", string trailerExtra = "") => PdfOf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {pageExtra}>>",
            StreamObject(content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ],
        trailerExtra);

    /// <summary>A PDF that claims a password (standard security handler, revision 2).</summary>
    public static byte[] EncryptedPdf() => Pdf(trailerExtra:
        $"/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O <{new string('a', 64)}> /U <{new string('b', 64)}> /P -4 >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ");

    /// <summary>A small PDF whose page tree claims <paramref name="pages"/> pages by repeating one page object.</summary>
    public static byte[] ManyPagesPdf(int pages) => PdfOf(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Concat(Enumerable.Repeat("3 0 R ", pages))}] /Count {pages} >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            StreamObject("BT ET"),
        ],
        size: 2 * pages);

    /// <summary>A PDF whose one content stream inflates to about 120 MB of drawing operators, drawn many times.</summary>
    public static byte[] FlateBombPdf()
    {
        var operators = new MemoryStream();
        using (var zlib = new ZLibStream(operators, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m ", 100_000)));
            for (var i = 0; i < 200; i++)
            {
                zlib.Write(chunk);
            }
        }

        var data = operators.ToArray();
        return PdfOf(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [{string.Concat(Enumerable.Repeat("4 0 R ", 50))}] >>",
            ],
            extraStream: data);
    }

    /// <summary>A PDF with an array nested <paramref name="depth"/> deep in its page dictionary.</summary>
    public static byte[] DeeplyNestedPdf(int depth) => Pdf(pageExtra: $"/Nested {new string('[', depth)}{new string(']', depth)} ");

    /// <summary>A DOCX-shaped archive with a 30 MB entry of zeros (a zip bomb; small on the wire).</summary>
    public static byte[] DocxZipBomb()
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var document = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
            {
                document.Write(Encoding.UTF8.GetBytes(
                    """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>"""));
            }

            using var padding = archive.CreateEntry("word/media/image1.png", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 30; i++)
            {
                padding.Write(zeros);
            }
        }

        return output.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    private static string StreamObject(string content) => $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";

    private static byte[] PdfOf(IReadOnlyList<string> objects, string trailerExtra = "", byte[]? extraStream = null, int? size = null)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        Write(output, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(output.Length);
            Write(output, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var count = objects.Count;
        if (extraStream is not null)
        {
            offsets.Add(output.Length);
            count++;
            Write(output, $"{count} 0 obj\n<< /Length {extraStream.Length} /Filter /FlateDecode >>\nstream\n");
            output.Write(extraStream);
            Write(output, "\nendstream\nendobj\n");
        }

        var xref = output.Length;
        Write(output, $"xref\n0 {count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(output, $"{offset:D10} 00000 n \n");
        }

        Write(output, $"trailer\n<< /Size {size ?? count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
