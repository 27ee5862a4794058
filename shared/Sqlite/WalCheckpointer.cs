using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MockInterview.Sqlite;

/// <summary>Runs WAL checkpoints on its own connection and thread, so the writer never stalls on the fsyncs
/// a checkpoint does (SQLite's automatic checkpoint runs inside the committing writer).</summary>
/// <remarks>Open the writer with <c>PRAGMA wal_autocheckpoint=0</c> and call <see cref="Request"/> after commits.</remarks>
public sealed class WalCheckpointer : IDisposable
{
    private readonly AutoResetEvent requested = new(false);
    private readonly SqliteConnection connection;
    private readonly ILogger logger;
    private readonly Thread thread;
    private volatile bool disposed;

    /// <summary>Opens the checkpoint connection and starts its thread.</summary>
    public WalCheckpointer(string connectionString, ILogger logger, string threadName)
    {
        this.logger = logger;
        connection = new SqliteConnection(connectionString);
        connection.Open();
        thread = new Thread(Run) { IsBackground = true, Name = threadName };
        thread.Start();
    }

    /// <summary>Asks for a checkpoint soon; requests while one runs are merged.</summary>
    public void Request() => requested.Set();

    /// <summary>Stops the thread and closes the connection.</summary>
    public void Dispose()
    {
        disposed = true;
        requested.Set();
        thread.Join(TimeSpan.FromSeconds(10));
        connection.Dispose();
        requested.Dispose();
    }

    private void Run()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (true)
        {
            requested.WaitOne();
            if (disposed)
            {
                return;
            }

            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException ex)
            {
                logger.LogWarning(ex, "A background WAL checkpoint failed; the next one will retry.");
            }
        }
    }
}
