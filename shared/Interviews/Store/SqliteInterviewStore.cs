using System.Globalization;
using Microsoft.Data.Sqlite;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>The embedded read model: one SQLite file in WAL mode.</summary>
/// <remarks>
/// All writes go through one connection, one at a time: SQLite allows a single writer anyway, and writers that
/// race on separate connections get SQLITE_BUSY and back off by sleeping, which under load costs hundreds of
/// milliseconds. Conditional updates read and write the row inside one transaction on that connection, so the API
/// and activities never lose each other's changes. Reads use pooled connections and run beside the writer (WAL).
/// </remarks>
internal sealed class SqliteInterviewStore(string connectionString) : IInterviewStore, IDisposable
{
    private readonly SemaphoreSlim initGate = new(1, 1);
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private SqliteConnection? writer;
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
            await using var command = writer.CreateCommand();
            command.CommandText = SqliteInterviewSchema.Create;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
            Bind(command, interview);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task DeleteAsync(string interviewId, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM turns WHERE interview_id = $id; DELETE FROM interviews WHERE id = $id;";
            command.Parameters.AddWithValue("$id", interviewId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public async Task<InterviewRecord?> GetAsync(string interviewId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, interviewId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TurnRecord>> GetTurnsAsync(string interviewId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT asked_json, answer, answered_at, timed_out, evaluation_json FROM turns WHERE interview_id = $id ORDER BY turn_index";
        command.Parameters.AddWithValue("$id", interviewId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var turns = new List<TurnRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            turns.Add(new TurnRecord(
                interviewId,
                InterviewJson.Deserialize<AskedQuestion>(reader.GetString(0)),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                ParseTime(reader.GetValue(2)),
                reader.GetInt64(3) != 0,
                InterviewJson.DeserializeOrNull<AnswerEvaluation>(reader.GetValue(4))));
        }

        return turns;
    }

    public Task UpsertTurnAsync(TurnRecord turn, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO turns (interview_id, turn_index, question_id, asked_json, answer, answered_at, timed_out, evaluation_json)
                VALUES ($id, $index, $questionId, $asked, $answer, $answeredAt, $timedOut, $evaluation)
                ON CONFLICT(interview_id, turn_index) DO UPDATE SET
                  question_id = excluded.question_id, asked_json = excluded.asked_json, answer = excluded.answer,
                  answered_at = excluded.answered_at, timed_out = excluded.timed_out, evaluation_json = excluded.evaluation_json
                """;
            command.Parameters.AddWithValue("$id", turn.InterviewId);
            command.Parameters.AddWithValue("$index", turn.Asked.TurnIndex);
            command.Parameters.AddWithValue("$questionId", turn.Asked.Question.Id);
            command.Parameters.AddWithValue("$asked", InterviewJson.Serialize(turn.Asked));
            command.Parameters.AddWithValue("$answer", (object?)turn.Answer ?? DBNull.Value);
            command.Parameters.AddWithValue("$answeredAt", FormatTime(turn.AnsweredAt));
            command.Parameters.AddWithValue("$timedOut", turn.TimedOut ? 1 : 0);
            command.Parameters.AddWithValue("$evaluation", turn.Evaluation is null ? DBNull.Value : InterviewJson.Serialize(turn.Evaluation));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    // The per-turn updates are single conditional UPDATEs (no read-modify-write of the whole row): they run on
    // every answer, and the writer is shared by all interviews.
    public Task SetCurrentQuestionAsync(string interviewId, int finishedTurnIndex, AskedQuestion? next, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE interviews
            SET current_json = $current, current_question_id = $questionId, current_turn_index = $turnIndex,
                pending_answer_question_id = NULL
            WHERE id = $id AND phase = 'questions' AND (current_turn_index IS NULL OR current_turn_index <= $finished)
            """,
            p =>
            {
                p.AddWithValue("$id", interviewId);
                p.AddWithValue("$finished", finishedTurnIndex);
                p.AddWithValue("$current", next is null ? DBNull.Value : InterviewJson.Serialize(next));
                p.AddWithValue("$questionId", (object?)next?.Question.Id ?? DBNull.Value);
                p.AddWithValue("$turnIndex", (object?)next?.TurnIndex ?? DBNull.Value);
            },
            cancellationToken);

    public Task MarkAnswerPendingAsync(string interviewId, string questionId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE interviews SET pending_answer_question_id = $questionId WHERE id = $id AND current_question_id = $questionId AND phase <> 'completed'",
            p =>
            {
                p.AddWithValue("$id", interviewId);
                p.AddWithValue("$questionId", questionId);
            },
            cancellationToken);

    public Task MarkEndRequestedAsync(string interviewId, InterviewPhase phase, CancellationToken cancellationToken) =>
        phase == InterviewPhase.Completed
            ? Task.CompletedTask
            : ExecuteAsync(
                "UPDATE interviews SET end_requested_in = $phase WHERE id = $id AND phase = $phase",
                p =>
                {
                    p.AddWithValue("$id", interviewId);
                    p.AddWithValue("$phase", phase.ToString().ToLowerInvariant());
                },
                cancellationToken);

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

    public void Dispose()
    {
        writer?.Dispose();
        initGate.Dispose();
        writeGate.Dispose();
    }

    private Task UpdateAsync(string interviewId, Func<InterviewRecord, InterviewRecord?> change, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            var record = await ReadAsync(connection, transaction, interviewId, cancellationToken).ConfigureAwait(false);
            var changed = record is null ? null : change(record);
            if (changed is null)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"REPLACE INTO interviews ({SqliteInterviewSchema.Columns}) VALUES ({SqliteInterviewSchema.Parameters})";
            Bind(command, changed);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private Task ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private async Task WriteAsync(Func<SqliteConnection, Task> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await write(writer!).ConfigureAwait(false);
        }
        finally
        {
            writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<InterviewRecord?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string interviewId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {SqliteInterviewSchema.Columns} FROM interviews WHERE id = $id";
        command.Parameters.AddWithValue("$id", interviewId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new InterviewRecord(
            Id: reader.GetString(0),
            Owner: reader.GetString(1),
            Mode: Enum.Parse<InterviewMode>(reader.GetString(2), ignoreCase: true),
            Candidate: InterviewJson.Deserialize<CandidateProfile>(reader.GetString(3)),
            Plan: InterviewJson.Deserialize<InterviewPlan>(reader.GetString(4)),
            Timing: InterviewJson.Deserialize<InterviewTiming>(reader.GetString(5)),
            Brain: reader.GetString(6),
            Phase: Enum.Parse<InterviewPhase>(reader.GetString(7), ignoreCase: true),
            Current: InterviewJson.DeserializeOrNull<AskedQuestion>(reader.GetValue(8)),
            PendingAnswerQuestionId: reader.IsDBNull(10) ? null : reader.GetString(10),
            EndRequestedIn: reader.IsDBNull(11) ? null : Enum.Parse<InterviewPhase>(reader.GetString(11), ignoreCase: true),
            CreatedAt: ParseTime(reader.GetValue(12))!.Value,
            QuestionsEndAt: ParseTime(reader.GetValue(13))!.Value,
            EndsAt: ParseTime(reader.GetValue(14))!.Value,
            SummaryStartedAt: ParseTime(reader.GetValue(15)),
            Summary: InterviewJson.DeserializeOrNull<InterviewSummary>(reader.GetValue(16)),
            Report: InterviewJson.DeserializeOrNull<InterviewReport>(reader.GetValue(17)),
            CompletedAt: ParseTime(reader.GetValue(18)));
    }

    private static void Bind(SqliteCommand command, InterviewRecord record)
    {
        var p = command.Parameters;
        p.AddWithValue("$id", record.Id);
        p.AddWithValue("$owner", record.Owner);
        p.AddWithValue("$mode", record.Mode.ToString().ToLowerInvariant());
        p.AddWithValue("$candidate", InterviewJson.Serialize(record.Candidate));
        p.AddWithValue("$plan", InterviewJson.Serialize(record.Plan));
        p.AddWithValue("$timing", InterviewJson.Serialize(record.Timing));
        p.AddWithValue("$brain", record.Brain);
        p.AddWithValue("$phase", record.Phase.ToString().ToLowerInvariant());
        p.AddWithValue("$current", record.Current is null ? DBNull.Value : InterviewJson.Serialize(record.Current));
        p.AddWithValue("$currentQuestionId", (object?)record.Current?.Question.Id ?? DBNull.Value);
        p.AddWithValue("$pending", (object?)record.PendingAnswerQuestionId ?? DBNull.Value);
        p.AddWithValue("$endRequestedIn", (object?)record.EndRequestedIn?.ToString().ToLowerInvariant() ?? DBNull.Value);
        p.AddWithValue("$createdAt", FormatTime(record.CreatedAt));
        p.AddWithValue("$questionsEndAt", FormatTime(record.QuestionsEndAt));
        p.AddWithValue("$endsAt", FormatTime(record.EndsAt));
        p.AddWithValue("$summaryStartedAt", FormatTime(record.SummaryStartedAt));
        p.AddWithValue("$summary", record.Summary is null ? DBNull.Value : InterviewJson.Serialize(record.Summary));
        p.AddWithValue("$report", record.Report is null ? DBNull.Value : InterviewJson.Serialize(record.Report));
        p.AddWithValue("$completedAt", FormatTime(record.CompletedAt));
        p.AddWithValue("$currentTurnIndex", (object?)record.Current?.TurnIndex ?? DBNull.Value);
    }

    private static object FormatTime(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    private static DateTimeOffset? ParseTime(object value) =>
        value is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal) : null;
}
