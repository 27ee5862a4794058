using System.Diagnostics;
using System.Text;

namespace MockInterview.Sandbox;

/// <summary>The command line and environment of a sandboxed tool: <c>prlimit</c> with the limits, then the tool by its
/// full path, in a minimal environment.</summary>
public static class SandboxStartInfo
{
    /// <summary>Builds the start information of <paramref name="command"/> under <paramref name="limits"/>.</summary>
    /// <exception cref="SandboxToolUnavailableException">The tool, or <c>prlimit</c> on Linux, is missing.</exception>
    public static ProcessStartInfo Create(SandboxCommand command, SandboxLimits limits)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(limits);
        var toolPath = ExecutableLocator.Find(command.Tool)
            ?? throw new SandboxToolUnavailableException($"'{command.Tool}' was not found. {command.InstallHint}");
        var startInfo = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = command.WorkingDirectory,
            CreateNoWindow = true,
        };
        if (OperatingSystem.IsLinux())
        {
            startInfo.FileName = ExecutableLocator.Find(command.PrlimitPath) ?? throw new SandboxToolUnavailableException(
                $"'{command.PrlimitPath}' was not found; it applies the memory and CPU limits to '{command.Tool}'. "
                + "Install util-linux (Debian/Ubuntu: apt-get install util-linux) or configure the prlimit path.");
            // prlimit sets the limits on itself and then execs the tool, so the limits hold from the tool's first
            // instruction and the process id stays the one we kill.
            startInfo.ArgumentList.Add($"--as={limits.MaxMemoryBytes}");
            startInfo.ArgumentList.Add($"--cpu={limits.MaxCpuSeconds}");
            startInfo.ArgumentList.Add($"--fsize={limits.MaxFileBytes}");
            startInfo.ArgumentList.Add("--core=0");
            startInfo.ArgumentList.Add("--");
            startInfo.ArgumentList.Add(toolPath);
        }
        else
        {
            // Elsewhere (a developer's Windows or macOS machine) only the timeout and output cap apply.
            startInfo.FileName = toolPath;
        }

        foreach (var argument in command.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // A minimal environment: nothing of the host's (secrets included) reaches the tool, and any cache it writes
        // lands in the private directory that the caller deletes afterwards.
        startInfo.Environment.Clear();
        startInfo.Environment["PATH"] = OperatingSystem.IsWindows() ? Environment.GetEnvironmentVariable("PATH") : "/usr/local/bin:/usr/bin:/bin";
        startInfo.Environment["HOME"] = command.WorkingDirectory;
        startInfo.Environment["TMPDIR"] = command.WorkingDirectory;
        startInfo.Environment["XDG_CACHE_HOME"] = command.WorkingDirectory;
        startInfo.Environment["LC_ALL"] = "C.UTF-8";
        if (OperatingSystem.IsWindows())
        {
            startInfo.Environment["SystemRoot"] = Environment.GetEnvironmentVariable("SystemRoot");
        }

        return startInfo;
    }
}
