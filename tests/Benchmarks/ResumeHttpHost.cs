using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MockInterview.Benchmarks;

/// <summary>The real app in process for <c>./run.sh bench resume</c>'s HTTP figure: its own temporary databases and
/// file folder, extraction settings as the app has them (defaults or <c>Documents__*</c> variables).</summary>
internal sealed class ResumeHttpHost : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("mock-interview-bench-resume-");

    public ResumeHttpHost()
    {
        AppContentRoot.EnsureSet();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(data.FullName, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(data.FullName, "interviews.db")}");
        builder.UseSetting("Candidates:ConnectionString", $"Data Source={Path.Combine(data.FullName, "candidates.db")}");
        builder.UseSetting("Candidates:FilesFolder", Path.Combine(data.FullName, "files"));
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error));
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
