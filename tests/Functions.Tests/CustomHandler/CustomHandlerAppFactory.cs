using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>The real app on throw-away databases, optionally with extra services (e.g. a test trigger).</summary>
internal sealed class CustomHandlerAppFactory(Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = TempDirectory.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "interviews.db")}");
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TempDirectory.Delete(dataDirectory);
        }
    }
}
