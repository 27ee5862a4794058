namespace MockInterview.Sandbox;

/// <summary>A folder only this process's user can enter (0700 on Unix, a name nobody can guess), for one tool run: its
/// working directory, HOME and TMPDIR. Deleted on dispose.</summary>
public sealed class PrivateFolder : IDisposable
{
    private bool deleted;

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

    /// <summary>Deletes the folder and everything in it; the failure, for the caller to log, when it could not.</summary>
    public Exception? Delete()
    {
        if (deleted)
        {
            return null;
        }

        deleted = true;
        try
        {
            Directory.Delete(recursive: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e;
        }
    }

    /// <summary>Deletes the folder; a leftover in the temporary directory is harmless once the tool's output was read.</summary>
    public void Dispose() => Delete();
}
