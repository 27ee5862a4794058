using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace MockInterview.Sqlite;

/// <summary>The one writer of an embedded SQLite database: writes queue up and run in order on one connection, many
/// to a transaction (group commit).</summary>
/// <remarks>
/// SQLite admits one writer at a time; writers on separate connections get SQLITE_BUSY and sleep, and one
/// transaction per write pays a WAL commit each. Here a burst of writes costs one commit. Each write runs inside its
/// own savepoint, so a write that throws is undone alone and fails only its caller. When a whole batch is lost (its
/// COMMIT fails), <c>onBatchLost</c> runs so that owners can drop any in-memory state they derived from it.
/// Writes must not open transactions themselves.
/// </remarks>
public sealed class SqliteBatchWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private const int CheckpointEveryCommits = 64;
    private readonly SqliteConnection connection;
    private readonly WalCheckpointer? checkpointer;
    private readonly Action onBatchLost;
    private readonly Channel<Write> queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    /// <summary>Starts writing through <paramref name="connection"/> (open; owned by the caller).</summary>
    public SqliteBatchWriter(SqliteConnection connection, WalCheckpointer? checkpointer, Action onBatchLost)
    {
        this.connection = connection;
        this.checkpointer = checkpointer;
        this.onBatchLost = onBatchLost;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Runs <paramref name="write"/> on the writer connection and returns once its transaction is committed.</summary>
    /// <exception cref="ObjectDisposedException">The writer has stopped.</exception>
    public Task ExecuteAsync(Func<SqliteConnection, Task> write, CancellationToken cancellationToken)
    {
        var item = new Write(write);
        if (!queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(SqliteBatchWriter));
        }

        return item.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Finishes the queued writes, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<Write>(MaxBatch);
        var committed = 0L;
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            List<Write> applied;
            try
            {
                applied = await ApplyAsync(batch).ConfigureAwait(false);
            }
            catch (SqliteException ex)
            {
                // The transaction could not even be opened (or a rollback failed): nothing of this batch is kept.
                TryExecute("ROLLBACK");
                onBatchLost();
                batch.ForEach(w => w.Done.TrySetException(ex));
                continue;
            }

            try
            {
                Execute("COMMIT");
                applied.ForEach(w => w.Done.TrySetResult());
            }
            catch (SqliteException ex)
            {
                TryExecute("ROLLBACK");
                onBatchLost();
                applied.ForEach(w => w.Done.TrySetException(ex));
            }

            if (++committed % CheckpointEveryCommits == 0)
            {
                checkpointer?.Request();
            }
        }
    }

    /// <summary>Opens the transaction and runs each write in a savepoint; returns the writes that succeeded.</summary>
    private async Task<List<Write>> ApplyAsync(List<Write> batch)
    {
        var applied = new List<Write>(batch.Count);
        Execute("BEGIN IMMEDIATE");
        foreach (var write in batch)
        {
            Execute("SAVEPOINT write");
            try
            {
                await write.Work(connection).ConfigureAwait(false);
                Execute("RELEASE write");
                applied.Add(write);
            }
            catch (Exception ex)
            {
                Execute("ROLLBACK TO write; RELEASE write");
                write.Done.TrySetException(ex);
            }
        }

        return applied;
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void TryExecute(string sql)
    {
        try
        {
            Execute(sql);
        }
        catch (SqliteException)
        {
            // Nothing more to undo.
        }
    }

    private sealed record Write(Func<SqliteConnection, Task> Work)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
