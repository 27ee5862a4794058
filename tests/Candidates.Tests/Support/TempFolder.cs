namespace MockInterview.Candidates.Tests.Support;

/// <summary>A folder under the temp path, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mockinterview-candidates-" + Guid.NewGuid().ToString("N"));

    public string[] Entries(string sub) =>
        Directory.Exists(System.IO.Path.Combine(Path, sub)) ? Directory.GetFileSystemEntries(System.IO.Path.Combine(Path, sub), "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created.
        }
    }
}
