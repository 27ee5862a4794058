using System.Diagnostics;
using MockInterview.Speech.Audio;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Test audio made by the real tools: flite speaks a text to WAV, ffmpeg turns it into Ogg/Opus or WebM/Opus;
/// silence and corrupt files are written directly.</summary>
public static class SpokenAudio
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    /// <summary>flite's WAV of <paramref name="text"/> in <paramref name="voice"/>.</summary>
    public static async Task<byte[]> WavAsync(string text, string voice = "slt")
    {
        var output = Path.Combine(Path.GetTempPath(), "voice-test-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            await RunAsync("flite", ["-voice", voice, "-t", text, "-o", output]);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary><paramref name="wav"/> converted by ffmpeg to <paramref name="format"/> ("ogg" or "webm", both Opus; "mp3").</summary>
    public static async Task<byte[]> ConvertAsync(byte[] wav, string format)
    {
        var folder = Path.Combine(Path.GetTempPath(), "voice-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "in.wav");
            var output = Path.Combine(folder, "out." + format);
            await File.WriteAllBytesAsync(input, wav);
            string[] codec = format == "mp3" ? ["-c:a", "libmp3lame"] : ["-c:a", "libopus"];
            await RunAsync("ffmpeg", ["-hide_banner", "-loglevel", "error", "-nostdin", "-i", input, .. codec, output]);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A 16 kHz mono 16-bit WAV of <paramref name="seconds"/> of silence (or of <paramref name="samples"/>).</summary>
    public static byte[] Wav(double seconds, Func<int, short>? samples = null, int rate = 16_000)
    {
        var count = (int)(seconds * rate);
        return WavWriter.ToBytes(new PcmAudio([.. Enumerable.Range(0, count).Select(i => samples?.Invoke(i) ?? 0)], rate));
    }

    /// <summary>A WAV header followed by bytes that are not audio.</summary>
    public static byte[] Corrupt()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        "RIFF"u8.CopyTo(bytes);
        "WAVE"u8.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    /// <summary>The length in seconds of a PCM WAV (from its byte rate and data size).</summary>
    public static double WavSeconds(byte[] wav)
    {
        Assert.True(wav.Length > 44 && wav.AsSpan(0, 4).SequenceEqual("RIFF"u8) && wav.AsSpan(8, 4).SequenceEqual("WAVE"u8), "not a RIFF/WAVE file");
        var position = 12;
        var byteRate = 0;
        while (position + 8 <= wav.Length)
        {
            var id = System.Text.Encoding.ASCII.GetString(wav, position, 4);
            var size = BitConverter.ToInt32(wav, position + 4);
            if (id == "fmt ")
            {
                byteRate = BitConverter.ToInt32(wav, position + 8 + 8);
            }
            else if (id == "data")
            {
                Assert.True(byteRate > 0, "the WAV has no fmt chunk before its data");
                return (double)Math.Min(size, wav.Length - position - 8) / byteRate;
            }

            position += 8 + size + (size & 1);
        }

        throw new InvalidDataException("The WAV has no data chunk.");
    }

    /// <summary>The duration ffprobe reads from <paramref name="audio"/> (so the file is playable by a real decoder).</summary>
    public static async Task<double> ProbeSecondsAsync(byte[] audio)
    {
        var path = Path.Combine(Path.GetTempPath(), "voice-test-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(path, audio);
        try
        {
            // Decoding the whole stream (not just reading the header) proves every packet is valid.
            var output = await RunAsync("ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-ar", "16000", "pipe:1"], binary: true);
            return output.Length / 2 / 16_000.0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The word error rate of <paramref name="heard"/> against <paramref name="said"/> (word-level edit distance
    /// over the words said), case and punctuation ignored.</summary>
    public static double WordErrorRate(string said, string heard)
    {
        var reference = Words(said);
        var hypothesis = Words(heard);
        var distance = new int[reference.Length + 1, hypothesis.Length + 1];
        for (var i = 0; i <= reference.Length; i++)
        {
            distance[i, 0] = i;
        }

        for (var j = 0; j <= hypothesis.Length; j++)
        {
            distance[0, j] = j;
        }

        for (var i = 1; i <= reference.Length; i++)
        {
            for (var j = 1; j <= hypothesis.Length; j++)
            {
                var substitution = distance[i - 1, j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                distance[i, j] = Math.Min(substitution, Math.Min(distance[i - 1, j] + 1, distance[i, j - 1] + 1));
            }
        }

        return reference.Length == 0 ? 0 : (double)distance[reference.Length, hypothesis.Length] / reference.Length;
    }

    private static string[] Words(string text) =>
        new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<byte[]> RunAsync(string tool, IReadOnlyList<string> arguments, bool binary = false)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ToolTimeout);
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await errors}");
        return binary ? output.ToArray() : [];
    }
}
