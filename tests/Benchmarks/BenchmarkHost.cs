using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterview.Functions.Clock;

namespace MockInterview.Benchmarks;

/// <summary>The real app (HTTP pipeline, workflow engine, SQLite files) in process, on an accelerated clock and a
/// fresh data folder.</summary>
internal sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("mock-interview-bench-");
    private readonly double speed;

    public BenchmarkHost(double speed)
    {
        this.speed = speed;

        AppContentRoot.EnsureSet();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(data.FullName, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(data.FullName, "interviews.db")}");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new AcceleratedTimeProvider(speed)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; harmless.
        }
    }
}
