using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MockInterview.Documents.Sandbox;

/// <summary>Runs a document tool as a child process under hard limits: address space, CPU seconds and file size
/// through <c>prlimit</c> (so the kernel, not a race with a timer, stops a hostile file), a wall-clock timeout that
/// kills the process tree as a backstop, a cap on standard output, a minimal environment and a private working
/// directory. Standard error is kept only for classification and logs.</summary>
internal sealed partial class SandboxedProcessRunner(
    IOptions<DocumentExtractionOptions> options,
    TimeProvider timeProvider,
    ILogger<SandboxedProcessRunner> logger)
{
    private const int MaxErrorChars = 16 * 1024;
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="tool"/> (a name on PATH or a path) in <paramref name="workingDirectory"/>.</summary>
    /// <exception cref="DocumentExtractionUnavailableException">The tool, or <c>prlimit</c> on Linux, is missing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the process was killed.</exception>
    public async Task<ProcessOutcome> RunAsync(
        string tool, IReadOnlyList<string> arguments, string workingDirectory, int maxOutputBytes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var startInfo = CreateStartInfo(settings, tool, arguments, workingDirectory);
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new DocumentExtractionUnavailableException($"Could not start {Path.GetFileName(tool)}: {e.Message}. {InstallHint}", e);
        }

        process.StandardInput.Close();
        var errorsTask = ReadErrorsAsync(process.StandardError);
        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var output = new MemoryStream();
        var truncated = false;
        var timedOut = false;
        try
        {
            truncated = await ReadOutputAsync(process.StandardOutput.BaseStream, output, maxOutputBytes, linked.Token).ConfigureAwait(false);
            if (truncated)
            {
                Kill(process);
            }

            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await WaitAfterKillAsync(process).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        var errors = await errorsTask.WaitAsync(KillGrace, CancellationToken.None).ConfigureAwait(false);
        var outcome = new ProcessOutcome(process.HasExited ? process.ExitCode : -1, output.ToArray(), truncated, errors, timedOut);
        if (outcome.ExitCode != 0 && !truncated)
        {
            LogToolFailed(logger, Path.GetFileName(tool), outcome.ExitCode, timedOut, Printable(errors, 300));
        }

        return outcome;
    }

    private const string InstallHint =
        "PDF extraction needs poppler-utils (pdftotext, pdfinfo): install it (Debian/Ubuntu: apt-get install poppler-utils) "
        + "or set Documents:PdfToTextPath and Documents:PdfInfoPath.";

    private static ProcessStartInfo CreateStartInfo(
        DocumentExtractionOptions settings, string tool, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var toolPath = ExecutableLocator.Find(tool)
            ?? throw new DocumentExtractionUnavailableException($"'{tool}' was not found. {InstallHint}");
        var startInfo = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory,
            CreateNoWindow = true,
        };
        if (OperatingSystem.IsLinux())
        {
            startInfo.FileName = ExecutableLocator.Find(settings.PrlimitPath) ?? throw new DocumentExtractionUnavailableException(
                $"'{settings.PrlimitPath}' was not found; it applies the memory and CPU limits to the PDF tools. "
                + "Install util-linux (Debian/Ubuntu: apt-get install util-linux) or set Documents:PrlimitPath.");
            // prlimit sets the limits on itself and then execs the tool, so the limits hold from the tool's first
            // instruction and the process id stays the one we kill.
            startInfo.ArgumentList.Add($"--as={settings.MaxProcessMemoryBytes}");
            startInfo.ArgumentList.Add($"--cpu={settings.MaxCpuSeconds}");
            startInfo.ArgumentList.Add($"--fsize={settings.MaxProcessFileBytes}");
            startInfo.ArgumentList.Add("--core=0");
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(toolPath);
        }
        else
        {
            // Elsewhere (a developer's Windows or macOS machine) only the timeout and output cap apply.
            startInfo.FileName = toolPath;
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A minimal environment: nothing of the host's (secrets included) reaches the tool, and any cache it writes
        // lands in the private directory that is deleted afterwards.
        startInfo.Environment.Clear();
        startInfo.Environment["PATH"] = OperatingSystem.IsWindows() ? Environment.GetEnvironmentVariable("PATH") : "/usr/local/bin:/usr/bin:/bin";
        startInfo.Environment["HOME"] = workingDirectory;
        startInfo.Environment["TMPDIR"] = workingDirectory;
        startInfo.Environment["XDG_CACHE_HOME"] = workingDirectory;
        startInfo.Environment["LC_ALL"] = "C.UTF-8";
        if (OperatingSystem.IsWindows())
        {
            startInfo.Environment["SystemRoot"] = Environment.GetEnvironmentVariable("SystemRoot");
        }

        return startInfo;
    }

    private static async Task<bool> ReadOutputAsync(Stream source, MemoryStream output, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            var room = maxBytes - (int)output.Length;
            output.Write(buffer, 0, Math.Min(read, room));
            if (read >= room)
            {
                return read > room || await source.ReadAsync(buffer.AsMemory(0, 1), cancellationToken).ConfigureAwait(false) > 0;
            }
        }
    }

    // Keeps the first part of standard error and drains the rest, so that a chatty tool never blocks on a full pipe.
    private static async Task<string> ReadErrorsAsync(StreamReader reader)
    {
        var kept = new StringBuilder();
        var buffer = new char[4096];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer, CancellationToken.None).ConfigureAwait(false)) > 0)
            {
                if (kept.Length < MaxErrorChars)
                {
                    kept.Append(buffer, 0, Math.Min(read, MaxErrorChars - kept.Length));
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed; what was read is enough.
        }

        return kept.ToString();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    private static async Task WaitAfterKillAsync(Process process)
    {
        try
        {
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(KillGrace, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // SIGKILL was sent; a process stuck in the kernel is reaped by the runtime when it finally goes.
        }
    }

    // Tool messages can quote names from the file; only a short, printable-ASCII start goes to the log.
    private static string Printable(string text, int maxChars)
    {
        var shown = text.Length > maxChars ? text[..maxChars] : text;
        return string.Create(shown.Length, shown, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= ' ' and <= '~' ? source[i] : ' ';
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document tool {Tool} failed with exit code {ExitCode} (timed out: {TimedOut}); stderr starts: {Errors}")]
    private static partial void LogToolFailed(ILogger logger, string tool, int exitCode, bool timedOut, string errors);
}
