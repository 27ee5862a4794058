using System.Diagnostics;

namespace MockInterview.Browser.Tests.Support;

/// <summary>A spoken answer for Chromium's fake microphone: sentences spoken by flite, with a moment of thinking before
/// them, pauses between them and a silence after, as one 16 kHz mono 16-bit WAV file.</summary>
internal static class SpokenAnswerFile
{
    private const int Rate = 16_000;

    /// <summary>Writes the answer to <paramref name="path"/>.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<string> sentences, double thinkingSeconds, double pauseSeconds, double trailingSeconds)
    {
        var samples = new List<short>();
        samples.AddRange(new short[(int)(thinkingSeconds * Rate)]);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                samples.AddRange(new short[(int)(pauseSeconds * Rate)]);
            }

            samples.AddRange(await SpeakAsync(sentences[i], path + $".{i}.wav"));
        }

        samples.AddRange(new short[(int)(trailingSeconds * Rate)]);
        await File.WriteAllBytesAsync(path, Wav(samples));
    }

    private static async Task<short[]> SpeakAsync(string text, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("flite", ["-voice", "slt", "-t", text, "-o", path])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("flite did not start");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"flite failed: {await process.StandardError.ReadToEndAsync()}");
            }

            return PcmOf(await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // flite writes 16 kHz mono 16-bit RIFF; the samples are in the "data" chunk.
    private static short[] PcmOf(byte[] wav)
    {
        if (BitConverter.ToInt32(wav, 24) != Rate || BitConverter.ToInt16(wav, 22) != 1 || BitConverter.ToInt16(wav, 34) != 16)
        {
            throw new InvalidOperationException("flite's WAV is not 16 kHz mono 16-bit");
        }

        for (var offset = 12; offset + 8 <= wav.Length; offset += 8 + BitConverter.ToInt32(wav, offset + 4))
        {
            if (wav.AsSpan(offset, 4).SequenceEqual("data"u8))
            {
                var length = Math.Min(BitConverter.ToInt32(wav, offset + 4), wav.Length - offset - 8);
                var samples = new short[length / 2];
                Buffer.BlockCopy(wav, offset + 8, samples, 0, samples.Length * 2);
                return samples;
            }
        }

        throw new InvalidOperationException("flite's WAV has no data chunk");
    }

    private static byte[] Wav(List<short> samples)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + (samples.Count * 2));
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(Rate);
        writer.Write(Rate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples.Count * 2);
        foreach (var sample in samples)
        {
            writer.Write(sample);
        }

        writer.Flush();
        return stream.ToArray();
    }
}
