using System.Diagnostics;
using System.Globalization;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Encoders;

/// <summary>Asks ffprobe (ffmpeg's reader, independent of our encoder) what a compressed file holds.</summary>
internal static class Ffprobe
{
    /// <summary>The container format name and the duration ffprobe finds by decoding the audio stream to its end.</summary>
    public static async Task<(string Format, string Codec, double Seconds)> ProbeAsync(byte[] file)
    {
        using var folder = new TempFolder("speech-tests-ffprobe");
        var path = Path.Combine(folder.Path, "audio.bin");
        await File.WriteAllBytesAsync(path, file);
        var format = await RunAsync("-v", "error", "-show_entries", "format=format_name", "-of", "default=nw=1:nk=1", path);
        var codec = await RunAsync("-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name", "-of", "default=nw=1:nk=1", path);
        // Decoding every packet gives the real length, not the one a header claims.
        var seconds = await RunAsync("-v", "error", "-count_packets", "-select_streams", "a:0", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1", path);
        return (format.Trim(), codec.Trim(), double.Parse(seconds.Trim(), CultureInfo.InvariantCulture));
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("ffprobe did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"ffprobe failed: {await errors}");
        return await output;
    }
}
