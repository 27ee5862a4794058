namespace MockInterview.Documents.Pdf;

/// <summary>Measures how deeply arrays and dictionaries nest in a PDF's uncompressed syntax, before any tool parses
/// it, so that a file built to exhaust a recursive parser is refused with a clear reason instead of being half read.</summary>
/// <remarks>Literal and hex strings, comments and stream data are skipped (stream data from the <c>stream</c> keyword
/// to <c>endstream</c>). Objects inside compressed object streams are not visible here; poppler's own recursion
/// limit and the process limits cover those.</remarks>
internal static class PdfNestingScanner
{
    public static int MaxDepth(ReadOnlySpan<byte> pdf)
    {
        int depth = 0, max = 0;
        var i = 0;
        while (i < pdf.Length)
        {
            var b = pdf[i];
            switch (b)
            {
                case (byte)'%':
                    i = SkipLine(pdf, i);
                    continue;
                case (byte)'(':
                    i = SkipLiteralString(pdf, i);
                    continue;
                case (byte)'[':
                    max = Math.Max(max, ++depth);
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    max = Math.Max(max, ++depth);
                    i += 2;
                    continue;
                case (byte)'<':
                    i = SkipTo(pdf, i + 1, (byte)'>');
                    continue;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i += 2;
                    continue;
                case (byte)'s' when IsKeyword(pdf, i, "stream"u8):
                    var end = pdf[i..].IndexOf("endstream"u8);
                    i = end < 0 ? pdf.Length : i + end + "endstream"u8.Length;
                    continue;
            }

            i++;
        }

        return max;
    }

    private static bool IsKeyword(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> keyword) =>
        pdf[at..].StartsWith(keyword)
        && (at == 0 || !IsRegular(pdf[at - 1]))
        && (at + keyword.Length >= pdf.Length || !IsRegular(pdf[at + keyword.Length]));

    // PDF "regular" characters: anything but white space and delimiters.
    private static bool IsRegular(byte b) =>
        b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
            or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static int SkipLine(ReadOnlySpan<byte> pdf, int at)
    {
        var next = pdf[at..].IndexOfAny((byte)'\r', (byte)'\n');
        return next < 0 ? pdf.Length : at + next + 1;
    }

    private static int SkipTo(ReadOnlySpan<byte> pdf, int at, byte terminator)
    {
        var next = pdf[at..].IndexOf(terminator);
        return next < 0 ? pdf.Length : at + next + 1;
    }

    // Literal strings may contain balanced parentheses and backslash escapes.
    private static int SkipLiteralString(ReadOnlySpan<byte> pdf, int at)
    {
        var open = 0;
        for (var i = at; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return i + 1;
            }
        }

        return pdf.Length;
    }
}
