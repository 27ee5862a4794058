using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Client;
using MockInterview.Storage.Heartbeats;
using MockInterview.TestSupport;

namespace MockInterview.Browser.Tests.Support;

/// <summary>The real app on a loopback port (Kestrel), as ./run.sh runs it: the in-process speech worker with the local
/// engines, the offline interviewer, its own temporary databases, queue and files, the system clock. A browser reaches
/// it at <see cref="BaseAddress"/> (localhost: a secure context, so the microphone and AudioWorklet are allowed).</summary>
internal sealed class BrowserAppFixture : WebApplicationFactory<Program>
{
    private readonly TempFolder data = new("mockinterview-browser");
    private readonly int port = FreePort();

    /// <summary>Where the app listens.</summary>
    public Uri BaseAddress => new($"http://localhost:{port}/");

    /// <summary>Starts the server and waits (bounded) for the speech worker's first heartbeat.</summary>
    public async Task StartAsync()
    {
        UseKestrel(port);
        StartServer();
        var heartbeats = Services.GetRequiredService<IHeartbeatStore>();
        await Eventually.TrueAsync(
            async () => (await heartbeats.ListAsync(SpeechAvailability.WorkerGroup, CancellationToken.None)).Count > 0,
            "the speech worker's first heartbeat",
            TimeSpan.FromSeconds(90));
    }

    /// <summary>A client of the API as the browser's caller (the default local user).</summary>
    public HttpClient Api() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(Path.GetDirectoryName(WebRoot.Folder)!);
        builder.UseWebRoot(WebRoot.Folder);
        var settings = new Dictionary<string, string>
        {
            ["Workflows:ConnectionString"] = $"Data Source={Path.Combine(data.Path, "workflows.db")}",
            ["Interviews:ConnectionString"] = $"Data Source={Path.Combine(data.Path, "interviews.db")}",
            ["Candidates:ConnectionString"] = $"Data Source={Path.Combine(data.Path, "candidates.db")}",
            ["Storage:Files:Folder"] = Path.Combine(data.Path, "files"),
            ["Storage:Queues:Database"] = Path.Combine(data.Path, "queues.db"),
            ["Speech:Worker:InProcess"] = "true",
            // Room to think while a loaded machine plays the question; a short end of turn keeps the test quick.
            ["Interviews:Voice:ThinkingSeconds"] = "120",
            ["Interviews:Voice:EndOfTurnSilenceSeconds"] = "1.5",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                data.Dispose();
            }
            catch (IOException)
            {
                // SQLite may still hold a file for a moment; the folder is under the temp path.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
