namespace MockInterview.Speech.Audio;

/// <summary>Tells the format from the bytes, never from a file name or a media type a client sent.</summary>
internal static class AudioFormatSniffer
{
    public static AudioFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            return AudioFormat.Wav;
        }

        if (bytes.StartsWith("OggS"u8))
        {
            return AudioFormat.Ogg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return AudioFormat.WebM;
        }

        if (bytes.StartsWith("fLaC"u8))
        {
            return AudioFormat.Flac;
        }

        if (bytes.StartsWith("ID3"u8) || IsMpegAudioFrame(bytes))
        {
            return AudioFormat.Mp3;
        }

        return AudioFormat.Unknown;
    }

    // An MPEG audio frame header: 11 sync bits, a defined version and layer (AAC's ADTS has layer 0 and is not
    // ours), a bitrate index other than "bad" and a defined sampling rate. Checking those fields keeps text and other
    // binaries that merely start with 0xFF from passing as MP3.
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (bytes[1] >> 3) & 0x3;
        var layer = (bytes[1] >> 1) & 0x3;
        var bitrate = bytes[2] >> 4;
        var rate = (bytes[2] >> 2) & 0x3;
        return version != 1 && layer != 0 && bitrate != 0xF && rate != 0x3;
    }
}
