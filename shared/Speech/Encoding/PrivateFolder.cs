namespace MockInterview.Speech.Encoders;

/// <summary>A folder only this process's user can enter, for one tool run (its working directory, HOME and TMPDIR),
/// deleted on dispose.</summary>
internal sealed class PrivateFolder : IDisposable
{
    private PrivateFolder(DirectoryInfo directory) => Directory = directory;

    /// <summary>The folder.</summary>
    public DirectoryInfo Directory { get; }

    /// <summary>Creates a new folder under <paramref name="root"/> (empty: the system temporary directory).</summary>
    public static PrivateFolder Create(string? root, string prefix)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            return new PrivateFolder(System.IO.Directory.CreateTempSubdirectory(prefix));
        }

        var path = Path.Combine(root, prefix + Guid.NewGuid().ToString("N"));
        return new PrivateFolder(OperatingSystem.IsWindows()
            ? System.IO.Directory.CreateDirectory(path)
            : System.IO.Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover empty folder in the temporary directory is harmless; the tool's output was already read.
        }
    }
}
