using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.TestSupport;
using MockInterview.Workflows;

namespace MockInterview.Functions.Tests.Support;

/// <summary>The app on a temporary data folder with a manual clock, shared by the API tests.</summary>
public sealed class ApiFixture : WebApplicationFactory<Program>
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mockinterview-api-" + Guid.NewGuid().ToString("N"));

    /// <summary>The app's clock; tests advance it to reach deadlines.</summary>
    public ManualTimeProvider Clock { get; } = new();

    /// <summary>Extra settings, e.g. <c>Auth:Mode</c>.</summary>
    internal Dictionary<string, string> Settings { get; } = [];

    /// <summary>Extra service registrations, applied after the app's own.</summary>
    internal Action<IServiceCollection>? ExtraServices { get; set; }

    /// <summary>Lets the workflows settle (so their timers are armed), then moves the clock by <paramref name="delta"/>.</summary>
    public async Task AdvanceAsync(TimeSpan delta)
    {
        var diagnostics = Services.GetRequiredService<IWorkflowDiagnostics>();
        await Eventually.TrueAsync(() => diagnostics.IsIdle, "the workflow engine is idle");
        Clock.Advance(delta);
    }

    /// <summary>Lets the workflows settle, then moves the clock to <paramref name="time"/>.</summary>
    public Task AdvanceToAsync(DateTimeOffset time) => AdvanceAsync(time - Clock.GetUtcNow());

    /// <summary>A client acting as <paramref name="user"/> (the default local user when null).</summary>
    public InterviewApiClient ClientFor(string? user = null)
    {
        var client = CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("X-User-Id", user);
        }

        return new InterviewApiClient(client, this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        builder.UseSetting("Workflows:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "workflows.db")}");
        builder.UseSetting("Interviews:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "interviews.db")}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            ExtraServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the folder is under the temp path.
        }
    }
}
