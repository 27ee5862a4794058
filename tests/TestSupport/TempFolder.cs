namespace MockInterview.TestSupport;

/// <summary>A new folder under the temp path, deleted with everything in it on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder; <paramref name="prefix"/> names the tests that made it.</summary>
    public TempFolder(string prefix = "mockinterview")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The absolute folder.</summary>
    public string Path { get; }

    /// <summary>Every file and folder under <paramref name="sub"/> (none when it does not exist).</summary>
    public string[] Entries(string sub)
    {
        var folder = System.IO.Path.Combine(Path, sub);
        return Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories) : [];
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
