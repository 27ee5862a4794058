using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterview.Sqlite;

namespace MockInterview.Candidates.Storage;

/// <summary>The embedded database of resume and job records: created on first use, written through one
/// <see cref="SqliteBatchWriter"/>, read through pooled connections beside it (WAL).</summary>
/// <remarks>Opened lazily so that an app that never stores a resume creates no database file.</remarks>
internal sealed class CandidateDatabase(Func<string> connectionString, ILogger? logger = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim initGate = new(1, 1);
    private string? resolved;
    private SqliteConnection? writer;
    private WalCheckpointer? checkpointer;
    private volatile SqliteBatchWriter? batches;

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
        var connection = new SqliteConnection(resolved);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
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

            resolved = connectionString();
            var isMemory = SqliteConnectionStrings.IsMemory(resolved);

            // The writer stays open: it also keeps a shared in-memory database alive.
            writer = new SqliteConnection(resolved);
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var command = writer.CreateCommand())
            {
                command.CommandText = (isMemory ? "" : "PRAGMA wal_autocheckpoint = 0;") + CandidateSchema.Create;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            checkpointer = isMemory ? null : new WalCheckpointer(resolved, logger ?? NullLogger.Instance, "candidates-wal-checkpoint");
            batches = new SqliteBatchWriter(writer, checkpointer, onBatchLost: static () => { });
        }
        finally
        {
            initGate.Release();
        }
    }
}
