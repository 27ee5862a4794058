using System.Diagnostics;
using MockInterview.Documents;
using MockInterview.Sandbox;

namespace MockInterview.Benchmarks;

/// <summary>The cost of starting the two PDF tools and waiting for them to exit when they do no work (<c>-v</c> prints
/// the version): what one extraction pays for its two child processes before any PDF is read.</summary>
/// <remarks>Each tool is started exactly as the extractor starts it (<see cref="SandboxStartInfo"/>: prlimit with the
/// configured limits, the tool by its full path, redirected standard streams, a minimal environment, a private working
/// directory).</remarks>
internal static class ResumeProcessStart
{
    /// <summary>Times <paramref name="pairs"/> runs of <c>pdfinfo -v</c> followed by <c>pdftotext -v</c>, in ms per pair.</summary>
    public static async Task<Percentiles> MeasureAsync(DocumentExtractionOptions settings, int pairs, int warmUp)
    {
        var directory = Directory.CreateTempSubdirectory("mock-interview-bench-spawn-");
        try
        {
            var timings = new List<double>(pairs);
            for (var i = 0; i < warmUp + pairs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await RunAsync(settings, settings.PdfInfoPath, directory.FullName);
                await RunAsync(settings, settings.PdfToTextPath, directory.FullName);
                if (i >= warmUp)
                {
                    timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            return new Percentiles(timings);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task RunAsync(DocumentExtractionOptions settings, string tool, string workingDirectory)
    {
        var command = new SandboxCommand(tool, ["-v"], workingDirectory, "Install poppler-utils.") { PrlimitPath = settings.PrlimitPath };
        var startInfo = SandboxStartInfo.Create(command, settings.ToSandboxLimits(maxOutputBytes: 64 * 1024));
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{tool} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        await Task.WhenAll(output, errors);
    }
}
