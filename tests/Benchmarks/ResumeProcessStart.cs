using System.Diagnostics;
using MockInterview.Documents;

namespace MockInterview.Benchmarks;

/// <summary>The cost of starting the two PDF tools and waiting for them to exit when they do no work (<c>-v</c> prints
/// the version): what one extraction pays for its two child processes before any PDF is read.</summary>
/// <remarks>The command line copies the extractor's sandbox (prlimit with the same limits, then the tool; redirected
/// standard streams; a minimal environment; a private working directory), since that sandbox is internal to
/// shared/Documents.</remarks>
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
        var startInfo = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            CreateNoWindow = true,
        };
        if (OperatingSystem.IsLinux())
        {
            startInfo.FileName = settings.PrlimitPath;
            foreach (var limit in new[] { $"--as={settings.MaxProcessMemoryBytes}", $"--cpu={settings.MaxCpuSeconds}", $"--fsize={settings.MaxProcessFileBytes}", "--core=0", "--" })
            {
                startInfo.ArgumentList.Add(limit);
            }

            startInfo.ArgumentList.Add(Which(tool));
        }
        else
        {
            startInfo.FileName = tool;
        }

        startInfo.ArgumentList.Add("-v");
        startInfo.Environment.Clear();
        startInfo.Environment["PATH"] = "/usr/local/bin:/usr/bin:/bin";
        startInfo.Environment["HOME"] = workingDirectory;
        startInfo.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{tool} did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        await Task.WhenAll(output, errors);
    }

    // The extractor runs the tool by its full path under prlimit; do the same so PATH lookup is not part of the cost.
    private static string Which(string tool) =>
        Path.IsPathRooted(tool)
            ? tool
            : (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator)
                .Select(folder => Path.Combine(folder, tool))
                .FirstOrDefault(File.Exists) ?? tool;
}
