using Microsoft.Data.Sqlite;

namespace MockInterview.Interviews;

/// <summary>Resolves a relative SQLite file against the content root and creates its folder.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>The connection string with an absolute data source; in-memory databases are returned as they are.</summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is ":memory:" or "")
        {
            return connectionString;
        }

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
