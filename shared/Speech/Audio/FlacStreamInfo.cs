namespace MockInterview.Speech.Audio;

/// <summary>Reads the length a FLAC file declares in its STREAMINFO block, which always comes first: the duration
/// limit is checked before decoding, and a file that decodes to less than it declares was cut short.</summary>
internal static class FlacStreamInfo
{
    private const int BodyOffset = 8; // "fLaC" and the 4-byte metadata block header

    /// <summary>The declared duration in seconds; null when the header is too short or leaves the length unknown (0).</summary>
    public static double? DeclaredSeconds(ReadOnlySpan<byte> file)
    {
        if (file.Length < BodyOffset + 18 || (file[4] & 0x7F) != 0)
        {
            return null;
        }

        var info = file[BodyOffset..];
        var sampleRate = (info[10] << 12) | (info[11] << 4) | (info[12] >> 4);
        var totalSamples = ((long)(info[13] & 0x0F) << 32) | ((long)info[14] << 24) | ((long)info[15] << 16) | ((long)info[16] << 8) | info[17];
        return sampleRate > 0 && totalSamples > 0 ? (double)totalSamples / sampleRate : null;
    }
}
