namespace MockInterview.Speech.Audio;

/// <summary>Checks that an Ogg file ends with a whole end-of-stream page: ffmpeg decodes a cut-off Ogg file without
/// complaint, so a truncated upload would otherwise pass as a shorter answer.</summary>
internal static class OggPages
{
    private const int HeaderBytes = 27;
    private const byte EndOfStream = 0x04;

    public static bool EndsComplete(ReadOnlySpan<byte> file)
    {
        var last = file.LastIndexOf("OggS"u8);
        if (last < 0 || file.Length - last < HeaderBytes)
        {
            return false;
        }

        var page = file[last..];
        int segments = page[26];
        if (page.Length < HeaderBytes + segments)
        {
            return false;
        }

        var bodyBytes = 0;
        foreach (var lacing in page.Slice(HeaderBytes, segments))
        {
            bodyBytes += lacing;
        }

        return (page[5] & EndOfStream) != 0 && page.Length >= HeaderBytes + segments + bodyBytes;
    }
}
