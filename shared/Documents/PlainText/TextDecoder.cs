using System.Text;

namespace MockInterview.Documents.PlainText;

/// <summary>Decodes an upload detected as text: a byte order mark decides (UTF-8/16/32); without one, UTF-16 is
/// recognised by its zero bytes, then strict UTF-8 is tried, then Windows-1252 (what most other Western text is).</summary>
internal static class TextDecoder
{
    private const int SampleBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the bytes are text in some encoding we read rather than binary data.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> data)
    {
        if (Bom(data) is not null || Utf16WithoutBom(data) is not null)
        {
            return true;
        }

        var sample = data[..Math.Min(data.Length, SampleBytes)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1B))
            {
                controls++;
            }
        }

        // A stray control byte happens in real text files; one in a hundred is a binary format.
        return controls * 100 <= sample.Length;
    }

    public static DecodedText Decode(byte[] data)
    {
        if (Bom(data) is { } bom)
        {
            return new DecodedText(bom.Encoding.GetString(data, bom.Length, data.Length - bom.Length), null);
        }

        if (Utf16WithoutBom(data) is { } utf16)
        {
            return new DecodedText(utf16.GetString(data), null);
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(data), null);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
                ?? throw new InvalidOperationException("The Windows-1252 code page is missing from the code pages provider.");
            return new DecodedText(
                windows1252.GetString(data),
                "The text file was not UTF-8; it was read as Western European (Windows-1252). Check accented characters, or save the file as UTF-8.");
        }
    }

    private static (Encoding Encoding, int Length)? Bom(ReadOnlySpan<byte> data)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its mark starts with the UTF-16 LE one.
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        return data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2) : null;
    }

    // Mostly-Latin UTF-16 has a zero in nearly every other byte, on the odd side for little endian and the even side
    // for big endian; UTF-8 and single-byte text have none.
    private static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> data)
    {
        var sample = data[..(Math.Min(data.Length, SampleBytes) & ~1)];
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        return evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : null;
    }
}
