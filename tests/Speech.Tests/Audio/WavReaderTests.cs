using System.Buffers.Binary;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Tests.Audio;

/// <summary>WAV files of every plain PCM layout decode to the same 16 kHz mono signal.</summary>
public sealed class WavReaderTests
{
    [Theory]
    [InlineData(1, 8, 1, 16_000)]
    [InlineData(1, 16, 2, 16_000)]
    [InlineData(1, 24, 1, 16_000)]
    [InlineData(1, 32, 2, 16_000)]
    [InlineData(3, 32, 1, 16_000)]
    [InlineData(1, 16, 2, 44_100)]
    [InlineData(1, 16, 1, 48_000)]
    [InlineData(1, 16, 1, 8_000)]
    public void ReadMono_ToneInAnyLayout_SameLengthAndFrequencyAt16Kilohertz(int encoding, int bits, int channels, int rate)
    {
        var wav = Tone(encoding, bits, channels, rate, frequency: 440, seconds: 1);

        var format = WavReader.ReadFormat(wav);
        var samples = Resampler.ToPcm16(WavReader.ReadMono(wav, format), format.SampleRate, PcmAudio.RecognitionSampleRate);

        Assert.True(format.IsPlainPcm);
        Assert.InRange(samples.Length, 15_990, 16_000);
        // 440 Hz crosses zero 880 times a second; a wrong rate or channel handling would change the count.
        var crossings = samples.Skip(100).Zip(samples.Skip(101)).Count(p => p.First < 0 && p.Second >= 0);
        Assert.InRange(crossings, 434, 442);
        Assert.InRange(samples.Max(s => (int)s), 14_000, 17_500); // half scale in, half scale out
    }

    [Fact]
    public void ReadFormat_DataChunkLongerThanTheFile_AudioCorrupt()
    {
        var wav = Tone(1, 16, 1, 16_000, 440, 1);

        var error = Assert.Throws<SpeechInputException>(() => WavReader.ReadFormat(wav.AsSpan(0, wav.Length / 2)));

        Assert.Equal("audioCorrupt", error.Code);
    }

    [Fact]
    public void ReadFormat_HeaderOnly_AudioCorrupt()
    {
        var wav = Tone(1, 16, 1, 16_000, 440, 1);

        var error = Assert.Throws<SpeechInputException>(() => WavReader.ReadFormat(wav.AsSpan(0, 30)));

        Assert.Equal("audioCorrupt", error.Code);
    }

    [Fact]
    public void ReadFormat_StreamedLengthUnknown_ReadsToTheEnd()
    {
        var wav = Tone(1, 16, 1, 16_000, 440, 1);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), 0xFFFFFFFF);

        var format = WavReader.ReadFormat(wav);

        Assert.Equal(32_000, format.DataLength);
    }

    [Fact]
    public void ToBytes_WrittenThenRead_SameSamples()
    {
        var audio = new PcmAudio([0, 1000, -1000, short.MaxValue, short.MinValue], 16_000);

        var wav = WavWriter.ToBytes(audio);
        var format = WavReader.ReadFormat(wav);

        Assert.Equal(WavWriter.HeaderBytes + 10, wav.Length);
        Assert.Equal(audio.Samples, Resampler.ToPcm16(WavReader.ReadMono(wav, format), 16_000, 16_000));
    }

    /// <summary>A half-scale sine as a WAV file with the given layout (all channels equal).</summary>
    internal static byte[] Tone(int encoding, int bits, int channels, int rate, double frequency, double seconds)
    {
        var frames = (int)(rate * seconds);
        var bytesPerSample = bits / 8;
        var data = new byte[frames * channels * bytesPerSample];
        for (var i = 0; i < frames; i++)
        {
            var value = 0.5 * Math.Sin(2 * Math.PI * frequency * i / rate);
            for (var c = 0; c < channels; c++)
            {
                var at = data.AsSpan((i * channels + c) * bytesPerSample, bytesPerSample);
                switch (encoding, bits)
                {
                    case (3, 32): BinaryPrimitives.WriteSingleLittleEndian(at, (float)value); break;
                    case (_, 8): at[0] = (byte)(128 + Math.Round(value * 127)); break;
                    case (_, 16): BinaryPrimitives.WriteInt16LittleEndian(at, (short)Math.Round(value * 32767)); break;
                    case (_, 24):
                        var v24 = (int)Math.Round(value * 8_388_607);
                        at[0] = (byte)v24; at[1] = (byte)(v24 >> 8); at[2] = (byte)(v24 >> 16);
                        break;
                    default: BinaryPrimitives.WriteInt32LittleEndian(at, (int)Math.Round(value * int.MaxValue)); break;
                }
            }
        }

        var file = new byte[44 + data.Length];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + data.Length));
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], (ushort)encoding);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)rate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(rate * channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)(channels * bytesPerSample));
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], (ushort)bits);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)data.Length);
        data.CopyTo(span[44..]);
        return file;
    }
}
