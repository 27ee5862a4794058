using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MockInterview.Benchmarks;

/// <summary>The real app in process for a benchmark: its own temporary data folder (the workflow and interview
/// databases in it), errors only in the log, the folder deleted afterwards. Subclasses add their settings.</summary>
internal abstract class InProcessAppHost : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo data;

    protected InProcessAppHost(string folderPrefix)
    {
        data = Directory.CreateTempSubdirectory(folderPrefix);
        AppContentRoot.EnsureSet();
    }

    /// <summary>The path of <paramref name="name"/> in the data folder.</summary>
    protected string DataPath(string name) => Path.Combine(data.FullName, name);

    /// <summary>The benchmark's own settings and services.</summary>
    protected abstract void Configure(IWebHostBuilder builder);

    protected sealed override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={DataPath("workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={DataPath("interviews.db")}");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error));
        Configure(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the folder is under the temp path.
        }
    }
}
