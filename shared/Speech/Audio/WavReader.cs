using System.Buffers.Binary;

namespace MockInterview.Speech.Audio;

/// <summary>Reads RIFF/WAVE files: the header (chunks in any order, WAVE_FORMAT_EXTENSIBLE included) and plain
/// PCM samples (8/16/24/32-bit integer, 32-bit float, any channel count), mixed down to mono.</summary>
internal static class WavReader
{
    private const int Extensible = 0xFFFE;

    // Recorders that stream a WAV write these before they know the length; the data then runs to the end of the file.
    private const uint UnknownLength = 0xFFFFFFFF;

    /// <summary>Reads the header of <paramref name="file"/>.</summary>
    /// <exception cref="SpeechInputException">audioCorrupt: no fmt or data chunk, impossible values, or fewer samples
    /// than the header declares (a truncated file).</exception>
    public static WavFormat ReadFormat(ReadOnlySpan<byte> file)
    {
        WavFormat? format = null;
        var offset = 12;
        while (offset + 8 <= file.Length)
        {
            var id = file.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(offset + 4, 4));
            var body = offset + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                format = ReadFmt(file, body, size);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                {
                    throw AudioInputErrors.Corrupt("the WAV header has no format before its samples");
                }

                var available = file.Length - body;
                long declared = size is UnknownLength or 0 ? available : size;
                if (declared > available)
                {
                    throw AudioInputErrors.Corrupt("the WAV file is truncated");
                }

                var length = (int)declared;
                return format with { DataOffset = body, DataLength = length - (length % format.BlockAlign) };
            }

            offset = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
        }

        throw AudioInputErrors.Corrupt(format is null ? "the WAV header is incomplete" : "the WAV file has no samples chunk");
    }

    /// <summary>The samples as mono floats in [-1, 1]; channels are averaged.</summary>
    public static float[] ReadMono(ReadOnlySpan<byte> file, WavFormat format)
    {
        var data = file.Slice(format.DataOffset, format.DataLength);
        var bytesPerSample = format.BitsPerSample / 8;
        var frames = format.DataLength / format.BlockAlign;
        var mono = new float[frames];
        var scale = 1f / format.Channels;
        for (var frame = 0; frame < frames; frame++)
        {
            var sum = 0f;
            var at = frame * format.BlockAlign;
            for (var channel = 0; channel < format.Channels; channel++, at += bytesPerSample)
            {
                sum += Sample(data.Slice(at, bytesPerSample), format.Encoding);
            }

            mono[frame] = sum * scale;
        }

        return mono;
    }

    private static float Sample(ReadOnlySpan<byte> bytes, int encoding) => bytes.Length switch
    {
        1 => (bytes[0] - 128) / 128f,
        2 => BinaryPrimitives.ReadInt16LittleEndian(bytes) / 32768f,
        3 => ((bytes[0] | (bytes[1] << 8) | ((sbyte)bytes[2] << 16)) / 8388608f),
        _ when encoding == WavFormat.IeeeFloat => FloatSample(BinaryPrimitives.ReadSingleLittleEndian(bytes)),
        _ => BinaryPrimitives.ReadInt32LittleEndian(bytes) / 2147483648f,
    };

    // Float WAVs may hold values past full scale, or NaN from a broken recorder; neither may reach the recognisers.
    private static float FloatSample(float value) => float.IsFinite(value) ? Math.Clamp(value, -1f, 1f) : 0f;

    private static WavFormat ReadFmt(ReadOnlySpan<byte> file, int body, uint size)
    {
        if (size < 16 || body + 16 > file.Length)
        {
            throw AudioInputErrors.Corrupt("the WAV format chunk is too short");
        }

        var fmt = file.Slice(body, (int)Math.Min(size, (uint)(file.Length - body)));
        int encoding = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        int channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(fmt[4..]);
        int bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt[14..]);
        if (encoding == Extensible && fmt.Length >= 26)
        {
            // The sub-format GUID starts with the real encoding tag.
            encoding = BinaryPrimitives.ReadUInt16LittleEndian(fmt[24..]);
        }

        if (channels is < 1 or > 32 || sampleRate is < 1000 or > 384_000 || bits is < 1 or > 64)
        {
            throw AudioInputErrors.Corrupt("the WAV format values are impossible");
        }

        // Compressed encodings (ADPCM, A-law…) have bit depths that are not whole bytes; keep the block positive.
        return new WavFormat(encoding, channels, (int)sampleRate, Math.Max(8, bits - (bits % 8)), 0, 0);
    }
}
