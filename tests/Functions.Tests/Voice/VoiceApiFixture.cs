using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Worker;
using MockInterview.Speech.Client;
using MockInterview.Storage;
using MockInterview.Storage.Heartbeats;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The app with the real speech engines on its own temporary databases, queue and file folder, and a manual
/// clock; one per test class. By default it hosts the speech worker in-process, as ./run.sh does; with
/// <see cref="InProcessWorker"/> off no worker runs until a test starts one beside the app (<see cref="StartWorkerAsync"/>).</summary>
public class VoiceApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "mockinterview-voice-" + Guid.NewGuid().ToString("N"));
    private IHost? worker;

    /// <summary>Whether the app hosts the speech worker.</summary>
    protected virtual bool InProcessWorker => true;

    /// <summary>The app's clock (and the worker's).</summary>
    public ManualTimeProvider Clock { get; } = new();

    /// <summary>The folder of stored files.</summary>
    public string FilesFolder => Path.Combine(dataDirectory, "files");

    /// <summary>The files in the store's folder (temporary ones included).</summary>
    public IReadOnlyList<string> StoredFiles() =>
        Directory.Exists(FilesFolder) ? Directory.GetFileSystemEntries(FilesFolder, "*", SearchOption.AllDirectories) : [];

    /// <summary>Starts the app and, with the in-process worker, waits for its first heartbeat (it checks its engines
    /// first, a few seconds), so that no test meets a worker that is still starting.</summary>
    public async Task InitializeAsync()
    {
        CreateClient().Dispose();
        if (InProcessWorker)
        {
            await WaitForWorkerAsync();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Waits (bounded) until a speech worker's heartbeat is in the store.</summary>
    public Task WaitForWorkerAsync()
    {
        var heartbeats = Services.GetRequiredService<IHeartbeatStore>();
        return Eventually.TrueAsync(
            async () => (await heartbeats.ListAsync(SpeechAvailability.WorkerGroup, CancellationToken.None)).Count > 0,
            "the speech worker's first heartbeat",
            TimeSpan.FromSeconds(90));
    }

    /// <summary>A client acting as <paramref name="user"/>.</summary>
    public HttpClient ClientFor(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-User-Id", user);
        return client;
    }

    /// <summary>A multipart upload of <paramref name="audio"/> as the part <c>audio</c>, with optional text fields.</summary>
    public static MultipartFormDataContent Upload(byte[] audio, string mediaType = "audio/wav", string fileName = "answer.wav", params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(audio);
        part.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Add(part, "audio", fileName);
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return content;
    }

    /// <summary>Starts a speech worker beside the app, as the gpu-worker app would run: its own host on the same queue
    /// database and file folder, with the same clock.</summary>
    public async Task StartWorkerAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddSpeechRecognition(builder.Configuration);
        builder.Services.AddSpeechSynthesis(builder.Configuration);
        builder.Services.AddSpeechWorker(builder.Configuration);
        worker = builder.Build();
        await worker.StartAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(dataDirectory);
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Speech:Worker:InProcess", InProcessWorker ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && worker is not null)
        {
            worker.StopAsync().GetAwaiter().GetResult();
            worker.Dispose();
        }

        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the folder is under the temp path.
        }
    }

    /// <summary>Changes the settings shared by the app and a worker started beside it.</summary>
    protected virtual void Configure(Dictionary<string, string?> settings)
    {
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = BaseSettings();
        Configure(settings);
        return settings;
    }

    private Dictionary<string, string?> BaseSettings() => new()
    {
        ["Workflows:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "workflows.db")}",
        ["Interviews:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "interviews.db")}",
        ["Candidates:ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "candidates.db")}",
        ["Storage:Files:Folder"] = FilesFolder,
        ["Storage:Queues:Database"] = Path.Combine(dataDirectory, "queues.db"),
        ["Speech:Client:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>The upload limit in these tests.</summary>
    public const long MaxUploadBytes = 2 * 1024 * 1024;
}
