using System.IO.Compression;
using System.Text;

namespace MockInterview.Documents.Tests.Support;

/// <summary>Writes small PDFs object by object (with a correct cross-reference table unless asked otherwise), to
/// make well-formed and hostile test files without any PDF library.</summary>
internal static class PdfBuilder
{
    public const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>A one-page PDF drawing <paramref name="content"/> (a content stream) with Helvetica as /F1.</summary>
    public static byte[] OnePage(string content = "BT /F1 12 Tf 72 720 Td (Hello hostile world) Tj ET", string pageExtra = "", string trailerExtra = "", bool badOffsets = false) =>
        Build(
            [
                Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
                Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R {pageExtra}>>"),
                Stream(Ascii(content)),
                Ascii(Font),
            ],
            trailerExtra: trailerExtra,
            badOffsets: badOffsets);

    /// <summary>Builds a PDF from numbered objects (1 is the catalog).</summary>
    public static byte[] Build(IReadOnlyList<byte[]> objects, string trailerExtra = "", bool badOffsets = false, int? size = null)
    {
        var output = new MemoryStream();
        Write(output, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Length);
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Length;
        Write(output, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(output, $"{(badOffsets ? offset + 7 : offset):D10} 00000 n \n");
        }

        Write(output, $"trailer\n<< /Size {size ?? objects.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    public static byte[] Stream(byte[] data, string extra = "")
    {
        var output = new MemoryStream();
        Write(output, $"<< /Length {data.Length} {extra}>>\nstream\n");
        output.Write(data);
        Write(output, "\nendstream");
        return output.ToArray();
    }

    /// <summary>Deflates <paramref name="chunk"/> repeated <paramref name="times"/> times, without holding the expanded data.</summary>
    public static byte[] DeflateRepeated(byte[] chunk, int times)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var i = 0; i < times; i++)
            {
                zlib.Write(chunk);
            }
        }

        return output.ToArray();
    }

    public static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
