using System.Diagnostics;
using System.Text;

namespace MockInterview.Documents.Sandbox;

/// <summary>The command line and environment of a sandboxed tool: <c>prlimit</c> with the configured limits, then the
/// tool by its full path, in a minimal environment.</summary>
internal static class SandboxStartInfo
{
    public const string InstallHint =
        "PDF extraction needs poppler-utils (pdftotext, pdfinfo): install it (Debian/Ubuntu: apt-get install poppler-utils) "
        + "or set Documents:PdfToTextPath and Documents:PdfInfoPath.";

    public static ProcessStartInfo Create(
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
}
