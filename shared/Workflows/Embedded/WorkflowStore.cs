using Microsoft.Data.Sqlite;
using MockInterview.Sqlite;

namespace MockInterview.Workflows;

/// <summary>The SQLite side of the embedded backend. Used only from the <see cref="CommitWriter"/>'s thread
/// (and before it starts), so one connection and its prepared statements suffice.</summary>
/// <remarks>One process per database file: on open, everything pending is handed back to the dispatcher,
/// which is only right when no other process works on the same file.</remarks>
internal sealed partial class WorkflowStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> commands = [];
    private SqliteTransaction? transaction;
    private long lastInboxId;
    private long lastActivityId;

    public WorkflowStore(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        var isMemory = connection.DataSource is ":memory:" or "" ||
            connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase);
        using (var pragma = connection.CreateCommand())
        {
            // WAL + NORMAL: a commit is durable against a process crash without an fsync per commit.
            // Checkpoints run on the WalCheckpointer's connection instead of inside commits (they are where fsyncs happen).
            pragma.CommandText = (isMemory ? string.Empty : "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;") +
                "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;" + WorkflowSchema.Create;
            pragma.ExecuteNonQuery();
        }

        Checkpointer = isMemory ? null : new WalCheckpointer(connectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, "workflow-wal-checkpoint");
        lastInboxId = ScalarLong("SELECT IFNULL(MAX(id), 0) FROM inbox");
        lastActivityId = ScalarLong("SELECT IFNULL(MAX(id), 0) FROM activities");
    }

    /// <summary>Null for in-memory databases, which have no WAL.</summary>
    public WalCheckpointer? Checkpointer { get; }

    public long NextInboxId() => Interlocked.Increment(ref lastInboxId);

    public long NextActivityId() => Interlocked.Increment(ref lastActivityId);

    public SqliteTransaction BeginBatch() => transaction = connection.BeginTransaction();

    public void EndBatch() => transaction = null;

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        Checkpointer?.Dispose();
        connection.Dispose();
    }

    private long ScalarLong(string sql, params (string Name, object? Value)[] args) =>
        Convert.ToInt64(Command(sql, args).ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    private int Execute(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteNonQuery();

    private SqliteDataReader Query(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteReader();

    /// <summary>A cached prepared statement bound to <paramref name="args"/>.</summary>
    private SqliteCommand Command(string sql, (string Name, object? Value)[] args)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in args)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            commands[sql] = command;
        }

        command.Transaction = transaction;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters[i].Value = args[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
