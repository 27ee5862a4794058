using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace MockInterview.Sandbox;

/// <summary>Runs a command-line tool as a child process under hard limits: address space, CPU seconds and file size
/// through <c>prlimit</c> (so the kernel, not a race with a timer, stops a hostile input), a wall-clock timeout that
/// kills the process tree as a backstop, a cap on standard output, a minimal environment and a private working
/// directory. Standard input is fed from the caller's stream (or closed at once); standard error is kept only for
/// classification and logs.</summary>
public sealed partial class SandboxedProcessRunner(TimeProvider timeProvider, ILogger<SandboxedProcessRunner> logger)
{
    private const int MaxErrorChars = 16 * 1024;
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="command"/> under <paramref name="limits"/>, writing
    /// <paramref name="standardInput"/> (when given) to its standard input while its output is read.</summary>
    /// <exception cref="SandboxToolUnavailableException">The tool, or <c>prlimit</c> on Linux, is missing or does not start.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the process was killed.</exception>
    public async Task<ProcessOutcome> RunAsync(
        SandboxCommand command, SandboxLimits limits, Stream? standardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        var startInfo = SandboxStartInfo.Create(command, limits);
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new SandboxToolUnavailableException($"Could not start {Path.GetFileName(command.Tool)}: {e.Message}. {command.InstallHint}", e);
        }

        var errorsTask = ReadErrorsAsync(process.StandardError);
        using var timeout = new CancellationTokenSource(limits.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        // Input is written while output is read: a tool such as ffmpeg writes as it reads, and with both pipes full
        // neither side would move.
        var inputTask = WriteInputAsync(standardInput, process.StandardInput.BaseStream, linked.Token);
        var output = new MemoryStream();
        var truncated = false;
        var timedOut = false;
        try
        {
            truncated = await ReadOutputAsync(process.StandardOutput.BaseStream, output, limits.MaxOutputBytes, linked.Token).ConfigureAwait(false);
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

        await inputTask.ConfigureAwait(false);
        var errors = await ErrorsOrEmptyAsync(errorsTask).ConfigureAwait(false);
        var outcome = new ProcessOutcome(process.HasExited ? process.ExitCode : -1, output.ToArray(), truncated, errors, timedOut);
        if (outcome.ExitCode != 0 && !truncated)
        {
            // Only the exit code and the size of stderr: the tools' messages can quote names and text from the input.
            LogToolFailed(logger, Path.GetFileName(command.Tool), outcome.ExitCode, timedOut, errors.Length);
        }

        return outcome;
    }

    // Never throws: a tool that exits (or is killed) before reading all its input breaks the pipe, and that is the
    // tool's outcome to report, not an error of the write.
    private static async Task WriteInputAsync(Stream? source, Stream stdin, CancellationToken cancellationToken)
    {
        try
        {
            if (source is not null)
            {
                await source.CopyToAsync(stdin, 64 * 1024, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            try
            {
                stdin.Dispose();
            }
            catch (IOException)
            {
            }
        }
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

    // A descendant that inherited the pipe could keep standard error open after the tool is gone; do not wait on it.
    private static async Task<string> ErrorsOrEmptyAsync(Task<string> errors)
    {
        try
        {
            return await errors.WaitAsync(KillGrace, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return string.Empty;
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandboxed tool {Tool} failed with exit code {ExitCode} (timed out: {TimedOut}); {ErrorCharacters} characters on stderr")]
    private static partial void LogToolFailed(ILogger logger, string tool, int exitCode, bool timedOut, int errorCharacters);
}
