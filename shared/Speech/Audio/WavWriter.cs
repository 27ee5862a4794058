using System.Buffers.Binary;

namespace MockInterview.Speech.Audio;

/// <summary>Writes mono 16-bit PCM as a canonical 44-byte-header WAV file.</summary>
internal static class WavWriter
{
    public const int HeaderBytes = 44;

    public static byte[] ToBytes(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var dataBytes = audio.Samples.Length * 2;
        var file = new byte[HeaderBytes + dataBytes];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + dataBytes));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], WavFormat.IntegerPcm);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)audio.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(audio.SampleRate * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)dataBytes);
        var samples = span[HeaderBytes..];
        for (var i = 0; i < audio.Samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(samples[(i * 2)..], audio.Samples[i]);
        }

        return file;
    }

    public static Task WriteAsync(PcmAudio audio, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output.WriteAsync(ToBytes(audio), cancellationToken).AsTask();
    }
}
