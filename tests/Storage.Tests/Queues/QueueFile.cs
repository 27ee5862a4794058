using MockInterview.Storage.Heartbeats;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Storage.Tests.Queues;

/// <summary>A queue database in a temporary folder, with a manual clock; <see cref="Open"/> gives further adapters on
/// the same file, as another process would have.</summary>
internal sealed class QueueFile : IAsyncDisposable
{
    private readonly TempFolder folder = new("queues");
    private readonly List<QueueDatabase> databases = [];

    public QueueFile()
    {
        Queue = Open();
        Heartbeats = new SqliteHeartbeatStore(databases[0], Time);
    }

    public ManualTimeProvider Time { get; } = new();

    public string Path => System.IO.Path.Combine(folder.Path, "data", "queues.db");

    public IWorkQueue Queue { get; }

    public IHeartbeatStore Heartbeats { get; }

    /// <summary>A new adapter with its own connections and writer on the same file.</summary>
    public IWorkQueue Open()
    {
        var database = new QueueDatabase(Path, 5000);
        databases.Add(database);
        return new SqliteWorkQueue(database, Time);
    }

    /// <summary>A heartbeat store with its own connections on the same file.</summary>
    public IHeartbeatStore OpenHeartbeats()
    {
        var database = new QueueDatabase(Path, 5000);
        databases.Add(database);
        return new SqliteHeartbeatStore(database, Time);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        folder.Dispose();
    }
}
