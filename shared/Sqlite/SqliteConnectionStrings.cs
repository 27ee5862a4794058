using Microsoft.Data.Sqlite;

namespace MockInterview.Sqlite;

/// <summary>Resolves a relative SQLite file against the content root and creates its folder.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>True for an in-memory database (no file, no WAL).</summary>
    public static bool IsMemory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is ":memory:" or "";
    }

    /// <summary>The connection string with an absolute data source; in-memory databases are returned as they are.</summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        if (IsMemory(connectionString))
        {
            return connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = path;
        return builder.ToString();
    }
}
