namespace MockInterview.Interviews.Tests.Support;

/// <summary>A temporary folder for SQLite files, removed at the end.</summary>
internal sealed class TempDatabase : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "mockinterview-domain-" + Guid.NewGuid().ToString("N"));

    public TempDatabase() => System.IO.Directory.CreateDirectory(Directory);

    public string ConnectionString(string name) => $"Data Source={Path.Combine(Directory, name)}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Under the temp path; a file still held open is harmless.
        }
    }
}
