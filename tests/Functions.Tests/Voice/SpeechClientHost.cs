using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterview.Speech.Client;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage;
using MockInterview.Storage.Files;
using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The speech client on the real storage adapters (a SQLite queue file and a folder) with a manual clock; the
/// test plays the worker's part on the queue itself.</summary>
public sealed class SpeechClientHost : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mockinterview-speechclient-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    /// <param name="synthesis">The question-audio cache the client asks first; none cached when null.</param>
    /// <param name="settings">More configuration (e.g. <c>Speech:Client:*</c>).</param>
    /// <param name="busyQueue">Enqueueing fails as a locked SQLite queue does (see <see cref="BusyQueue"/>).</param>
    public SpeechClientHost(ISpeechSynthesis? synthesis = null, IReadOnlyDictionary<string, string?>? settings = null, bool busyQueue = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Files:Folder"] = Path.Combine(folder, "files"),
            ["Storage:Queues:Database"] = Path.Combine(folder, "queues.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        collection.AddStorage(configuration);
        if (busyQueue)
        {
            var real = collection.Single(d => d.ServiceType == typeof(IWorkQueue));
            collection.Remove(real);
            collection.AddSingleton<IWorkQueue>(sp => new BusyQueue((IWorkQueue)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!)));
        }

        collection.AddSingleton(synthesis ?? new NoCachedSpeech());
        collection.AddSpeechClient(configuration, listen: false);
        services = collection.BuildServiceProvider();
    }

    public ManualTimeProvider Clock { get; } = new();

    public SpeechClient Client => services.GetRequiredService<SpeechClient>();

    public SpeechResultHandler Handler => services.GetRequiredService<SpeechResultHandler>();

    public IWorkQueue Queue => services.GetRequiredService<IWorkQueue>();

    public IFileStore Files => services.GetRequiredService<IFileStore>();

    public string FilesFolder => Path.Combine(folder, "files");

    public IReadOnlyList<string> StoredFiles() => Directory.Exists(FilesFolder) ? Directory.GetFiles(FilesFolder) : [];

    /// <summary>Makes a worker look alive.</summary>
    public Task BeatAsync() => services.GetRequiredService<IHeartbeatStore>().BeatAsync(SpeechAvailability.WorkerGroup, "test-worker", "{}", CancellationToken.None);

    /// <summary>Waits for the next job on the queue and leases it.</summary>
    public async Task<QueueMessage> TakeJobAsync()
    {
        QueueMessage? job = null;
        await Eventually.TrueAsync(
            async () => (job = (await Queue.ReceiveAsync(QueueNames.SpeechJobs, 1, TimeSpan.FromMinutes(1), CancellationToken.None)).FirstOrDefault()) is not null,
            "a speech job is enqueued");
        return job!;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The folder is under the temp path.
        }
    }
}
