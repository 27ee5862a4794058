using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterview.Interviewing;
using MockInterview.Sqlite;

namespace MockInterview.Interviews;

/// <summary>The embedded read model: one SQLite file in WAL mode.</summary>
/// <remarks>
/// All writes go through one connection, in order, many to a commit (<see cref="SqliteBatchWriter"/>): SQLite
/// allows a single writer anyway, and writers racing on separate connections get SQLITE_BUSY and back off by
/// sleeping, which under load costs hundreds of milliseconds. A conditional update applies its change to the
/// current record and writes the mutable columns, so the API and activities never lose each other's changes.
/// The writer keeps the records of the interviews it has written in memory (write-through, updated on the writer,
/// dropped at completion or when a batch is lost): every answer reads its interview twice, and parsing the row's
/// JSON was the largest cost per answer. This is sound because one process owns an embedded database file. Reads
/// of other interviews use pooled connections beside the writer (WAL). WAL checkpoints run in the background.
/// </remarks>
internal sealed class SqliteInterviewStore(string connectionString, ILogger? logger = null) : IInterviewStore, IDisposable, IAsyncDisposable
{
    private readonly SemaphoreSlim initGate = new(1, 1);
    private const int MaxCachedInterviews = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, InterviewRecord> cache = new(StringComparer.Ordinal);
    private SqliteConnection? writer;
    private WalCheckpointer? checkpointer;
    private SqliteBatchWriter? batches;
    private volatile bool initialized;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (initialized)
        {
            return;
        }

        await initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized)
            {
                return;
            }

            // The writer stays open: it also keeps a shared in-memory database alive.
            writer = new SqliteConnection(connectionString);
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            var isMemory = SqliteConnectionStrings.IsMemory(connectionString);
            await using var command = writer.CreateCommand();
            command.CommandText = (isMemory ? "" : "PRAGMA wal_autocheckpoint = 0;") + SqliteInterviewSchema.Create;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await AddMissingColumnsAsync(writer, cancellationToken).ConfigureAwait(false);
            checkpointer = isMemory ? null : new WalCheckpointer(connectionString, logger ?? NullLogger.Instance, "interviews-wal-checkpoint");
            batches = new SqliteBatchWriter(writer, checkpointer, onBatchLost: cache.Clear);
            initialized = true;
        }
        finally
        {
            initGate.Release();
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM interviews WHERE 0";
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task CreateAsync(InterviewRecord interview, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO interviews ({SqliteInterviewSchema.Columns}) VALUES ({SqliteInterviewSchema.Parameters}) ON CONFLICT(id) DO NOTHING";
            SqliteInterviewRows.Bind(command, interview);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                Remember(interview);
            }
        }, cancellationToken);

    public Task DeleteAsync(string interviewId, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM turns WHERE interview_id = $id; DELETE FROM interviews WHERE id = $id;";
            command.Parameters.AddWithValue("$id", interviewId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            cache.TryRemove(interviewId, out _);
        }, cancellationToken);

    public async Task<InterviewRecord?> GetAsync(string interviewId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(interviewId, out var cached))
        {
            return cached;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SqliteInterviewRows.ReadAsync(connection, null, interviewId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TurnRecord>> GetTurnsAsync(string interviewId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteInterviewRows.TurnColumns} FROM turns WHERE interview_id = $id ORDER BY turn_index";
        command.Parameters.AddWithValue("$id", interviewId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var turns = new List<TurnRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            turns.Add(SqliteInterviewRows.ReadTurn(interviewId, reader));
        }

        return turns;
    }

    public Task UpsertTurnAsync(TurnRecord turn, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO turns (interview_id, turn_index, question_id, asked_json, answer, answered_at, timed_out, evaluation_json, live_evaluation_json, delivery_json, answered_by)
                VALUES ($id, $index, $questionId, $asked, $answer, $answeredAt, $timedOut, $evaluation, $liveEvaluation, $delivery, $answeredBy)
                ON CONFLICT(interview_id, turn_index) DO UPDATE SET
                  question_id = excluded.question_id, asked_json = excluded.asked_json, answer = excluded.answer,
                  answered_at = excluded.answered_at, timed_out = excluded.timed_out, evaluation_json = excluded.evaluation_json,
                  live_evaluation_json = excluded.live_evaluation_json, delivery_json = excluded.delivery_json, answered_by = excluded.answered_by
                """;
            SqliteInterviewRows.BindTurn(command, turn);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task ReviseEvaluationsAsync(string interviewId, IReadOnlyList<TurnRecord> revised, CancellationToken cancellationToken) =>
        revised.Count == 0 ? Task.CompletedTask : WriteAsync(async connection =>
        {
            // One write is one savepoint: every revision lands, or none does.
            foreach (var turn in revised)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    UPDATE turns SET evaluation_json = $evaluation,
                      live_evaluation_json = COALESCE(live_evaluation_json, evaluation_json)
                    WHERE interview_id = $id AND turn_index = $index AND answer IS NOT NULL
                    """;
                command.Parameters.AddWithValue("$id", interviewId);
                command.Parameters.AddWithValue("$index", turn.Asked.TurnIndex);
                command.Parameters.AddWithValue("$evaluation", turn.Evaluation is null ? DBNull.Value : InterviewJson.Serialize(turn.Evaluation));
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    public Task<bool> SetCurrentQuestionAsync(string interviewId, int finishedTurnIndex, AskedQuestion? next, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Phase != InterviewPhase.Questions || record.Current is { } current && current.TurnIndex > finishedTurnIndex
                ? null
                : record with { Current = next, PendingAnswerQuestionId = null }, cancellationToken);

    public Task MarkAnswerPendingAsync(string interviewId, string questionId, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Current?.Question.Id == questionId && record.Phase != InterviewPhase.Completed
                ? record with { PendingAnswerQuestionId = questionId }
                : null, cancellationToken);

    public Task MarkAnsweringStartedAsync(string interviewId, string questionId, DateTimeOffset startedAt, DateTimeOffset answerDueAt, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Current is { ThinkingDueAt: not null, AnsweringStartedAt: null } current && current.Question.Id == questionId && record.Phase == InterviewPhase.Questions
                ? record with { Current = current with { AnsweringStartedAt = startedAt, AnswerDueAt = answerDueAt } }
                : null, cancellationToken);

    public Task<bool> SwitchVoiceModeAsync(string interviewId, AnswerMode to, DateTimeOffset at, string reason, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Voice?.SwitchTo(to, at, reason) is { } voice && record.Phase != InterviewPhase.Completed ? record with { Voice = voice } : null, cancellationToken);

    public Task MarkEndRequestedAsync(string interviewId, InterviewPhase phase, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Phase == phase && phase != InterviewPhase.Completed ? record with { EndRequestedIn = phase } : null, cancellationToken);

    public Task BeginSummaryAsync(string interviewId, InterviewSummary summary, AskedQuestion closing, DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Phase != InterviewPhase.Questions
                ? null
                : record with
                {
                    Phase = InterviewPhase.Summary,
                    Current = closing,
                    PendingAnswerQuestionId = null,
                    EndRequestedIn = null,
                    SummaryStartedAt = startedAt,
                    EndsAt = closing.AnswerDueAt,
                    Summary = summary,
                }, cancellationToken);

    public Task CompleteAsync(string interviewId, InterviewReport report, DateTimeOffset completedAt, CancellationToken cancellationToken) =>
        UpdateAsync(interviewId, record =>
            record.Phase == InterviewPhase.Completed
                ? null
                : record with
                {
                    Phase = InterviewPhase.Completed,
                    Current = null,
                    PendingAnswerQuestionId = null,
                    EndRequestedIn = null,
                    Report = report,
                    CompletedAt = completedAt,
                }, cancellationToken);

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (batches is not null)
        {
            await batches.DisposeAsync().ConfigureAwait(false);
        }

        checkpointer?.Dispose();
        writer?.Dispose();
        initGate.Dispose();
    }

    /// <summary>Applies <paramref name="change"/> (null: no change) to the interview and writes its mutable columns.</summary>
    private async Task<bool> UpdateAsync(string interviewId, Func<InterviewRecord, InterviewRecord?> change, CancellationToken cancellationToken)
    {
        var updated = false;
        await WriteAsync(async connection =>
        {
            var record = cache.TryGetValue(interviewId, out var cached)
                ? cached
                : await SqliteInterviewRows.ReadAsync(connection, null, interviewId, cancellationToken).ConfigureAwait(false);
            if (record is null || change(record) is not { } changed)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE interviews SET {SqliteInterviewSchema.MutableAssignments} WHERE id = $id";
            SqliteInterviewRows.BindMutable(command, changed);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            updated = true;
            if (changed.Phase == InterviewPhase.Completed)
            {
                cache.TryRemove(interviewId, out _);
            }
            else
            {
                Remember(changed);
            }
        }, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    /// <summary>Adds the columns of <see cref="SqliteInterviewSchema.AddedColumns"/> that a database file created before them lacks.</summary>
    private static async Task AddMissingColumnsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (var (table, column, definition) in SqliteInterviewSchema.AddedColumns)
        {
            await using var check = connection.CreateCommand();
            check.CommandText = "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column";
            check.Parameters.AddWithValue("$table", table);
            check.Parameters.AddWithValue("$column", column);
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                await using var add = connection.CreateCommand();
                add.CommandText = $"ALTER TABLE {table} ADD COLUMN {column} {definition}";
                await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Called on the writer only, so the cache never runs behind the database.</summary>
    private void Remember(InterviewRecord record)
    {
        if (cache.Count < MaxCachedInterviews || cache.ContainsKey(record.Id))
        {
            cache[record.Id] = record;
        }
    }

    private async Task WriteAsync(Func<SqliteConnection, Task> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await batches!.ExecuteAsync(write, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
