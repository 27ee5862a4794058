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

        // WebApplicationFactory guesses the app's folder from the solution layout only for test projects; this
        // console app names it (functions/ beside Serverless.sln) through the variable the factory reads.
        const string contentRootVariable = "ASPNETCORE_TEST_CONTENTROOT_MOCKINTERVIEW_FUNCTIONS";
        if (Environment.GetEnvironmentVariable(contentRootVariable) is null)
        {
            Environment.SetEnvironmentVariable(contentRootVariable, Path.Combine(RepositoryRoot(), "functions"));
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Serverless.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Serverless.sln was not found above {AppContext.BaseDirectory}.");
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
