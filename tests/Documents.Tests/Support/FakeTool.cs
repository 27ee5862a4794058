namespace MockInterview.Documents.Tests.Support;

/// <summary>A shell script standing in for a poppler tool, for outcomes no small real file produces on demand
/// (a tool that hangs, crashes, or reports copy-protection); deleted with the instance.</summary>
internal sealed class FakeTool : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("documents-tests-tool-");

    public FakeTool(string script)
    {
        Path = System.IO.Path.Combine(directory.FullName, "tool");
        File.WriteAllText(Path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Path { get; }

    public void Dispose() => directory.Delete(recursive: true);
}
