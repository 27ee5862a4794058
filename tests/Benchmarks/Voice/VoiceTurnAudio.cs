using System.Diagnostics;

namespace MockInterview.Benchmarks.Voice;

/// <summary>The benchmark's answers, spoken by flite before any timing starts.</summary>
internal static class VoiceTurnAudio
{
    /// <summary>flite's WAV of <paramref name="text"/> and its length in seconds.</summary>
    public static async Task<(byte[] Wav, double Seconds)> SpeakAsync(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), "bench-voice-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            var start = new ProcessStartInfo("flite") { UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in new[] { "-voice", "slt", "-t", text, "-o", path })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("flite did not start.");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"flite failed: {await process.StandardError.ReadToEndAsync()}");
            }

            var wav = await File.ReadAllBytesAsync(path);

            // flite writes a canonical 44-byte header: mono 16-bit at the rate in bytes 24–27.
            var rate = BitConverter.ToInt32(wav, 24);
            return (wav, (wav.Length - 44) / 2.0 / rate);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
