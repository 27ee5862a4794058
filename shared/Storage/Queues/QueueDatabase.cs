using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterview.Sqlite;

namespace MockInterview.Storage.Queues;

/// <summary>The SQLite file of the work queues and the heartbeats: created on first use, written through one
/// <see cref="SqliteBatchWriter"/> per process, read through pooled connections beside it (WAL).</summary>
/// <remarks>Several processes may open the same file: every write runs in a <c>BEGIN IMMEDIATE</c> transaction, so a
/// read-then-update (a receive) holds SQLite's write lock from its read to its commit, and waits (busy timeout) while
/// another process holds it.</remarks>
internal sealed class QueueDatabase(string path, int busyTimeoutMilliseconds, ILogger? logger = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim initGate = new(1, 1);
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Pooling = true,
        DefaultTimeout = Math.Max(1, (busyTimeoutMilliseconds + 999) / 1000),
    }.ToString();

    private SqliteConnection? writer;
    private WalCheckpointer? checkpointer;
    private volatile SqliteBatchWriter? batches;

    /// <summary>The absolute path of the file.</summary>
    public string Path { get; } = path;

    /// <summary>Runs <paramref name="write"/> in its own savepoint on the writer and returns once it is committed.</summary>
    public async Task WriteAsync(Func<SqliteConnection, Task> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await batches!.ExecuteAsync(write, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a read connection (the caller disposes it).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (batches is not null)
        {
            await batches.DisposeAsync().ConfigureAwait(false);
        }

        checkpointer?.Dispose();
        if (writer is not null)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        initGate.Dispose();
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // SQLite's own busy handler retries in small steps; the client library's fallback sleeps far longer.
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (batches is not null)
        {
            return;
        }

        await initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (batches is not null)
            {
                return;
            }

            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            writer = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = writer.CreateCommand())
            {
                command.CommandText = "PRAGMA wal_autocheckpoint = 0;" + QueueSchema.Create;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            checkpointer = new WalCheckpointer(connectionString, logger ?? NullLogger.Instance, "queues-wal-checkpoint");
            batches = new SqliteBatchWriter(writer, checkpointer, onBatchLost: static () => { });
        }
        finally
        {
            initGate.Release();
        }
    }
}
