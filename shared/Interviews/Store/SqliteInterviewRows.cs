using System.Globalization;
using Microsoft.Data.Sqlite;
using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>Maps interview records to and from rows of <see cref="SqliteInterviewSchema"/>.</summary>
internal static class SqliteInterviewRows
{
    public static async Task<InterviewRecord?> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string interviewId, CancellationToken cancellationToken)
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
            CompletedAt: ParseTime(reader.GetValue(18)),
            Voice: InterviewJson.DeserializeOrNull<VoiceState>(reader.GetValue(20)));
    }

    public static void Bind(SqliteCommand command, InterviewRecord record)
    {
        var p = command.Parameters;
        p.AddWithValue("$owner", record.Owner);
        p.AddWithValue("$mode", record.Mode.ToString().ToLowerInvariant());
        p.AddWithValue("$candidate", InterviewJson.Serialize(record.Candidate));
        p.AddWithValue("$plan", InterviewJson.Serialize(record.Plan));
        p.AddWithValue("$timing", InterviewJson.Serialize(record.Timing));
        p.AddWithValue("$brain", record.Brain);
        p.AddWithValue("$createdAt", FormatTime(record.CreatedAt));
        p.AddWithValue("$questionsEndAt", FormatTime(record.QuestionsEndAt));
        BindMutable(command, record);
    }

    /// <summary>The id and the columns of <see cref="SqliteInterviewSchema.MutableAssignments"/>.</summary>
    public static void BindMutable(SqliteCommand command, InterviewRecord record)
    {
        var p = command.Parameters;
        p.AddWithValue("$id", record.Id);
        p.AddWithValue("$phase", record.Phase.ToString().ToLowerInvariant());
        p.AddWithValue("$current", record.Current is null ? DBNull.Value : InterviewJson.Serialize(record.Current));
        p.AddWithValue("$currentQuestionId", (object?)record.Current?.Question.Id ?? DBNull.Value);
        p.AddWithValue("$currentTurnIndex", (object?)record.Current?.TurnIndex ?? DBNull.Value);
        p.AddWithValue("$pending", (object?)record.PendingAnswerQuestionId ?? DBNull.Value);
        p.AddWithValue("$endRequestedIn", (object?)record.EndRequestedIn?.ToString().ToLowerInvariant() ?? DBNull.Value);
        p.AddWithValue("$endsAt", FormatTime(record.EndsAt));
        p.AddWithValue("$summaryStartedAt", FormatTime(record.SummaryStartedAt));
        p.AddWithValue("$summary", record.Summary is null ? DBNull.Value : InterviewJson.Serialize(record.Summary));
        p.AddWithValue("$report", record.Report is null ? DBNull.Value : InterviewJson.Serialize(record.Report));
        p.AddWithValue("$completedAt", FormatTime(record.CompletedAt));
        p.AddWithValue("$voice", record.Voice is null ? DBNull.Value : InterviewJson.Serialize(record.Voice));
    }

    public static object FormatTime(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value;

    public static DateTimeOffset? ParseTime(object value) =>
        value is string text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal) : null;

    /// <summary>The columns <see cref="ReadTurn"/> reads, in its order.</summary>
    public const string TurnColumns = "asked_json, answer, answered_at, timed_out, evaluation_json, live_evaluation_json, delivery_json, answered_by";

    /// <summary>A turn from a row of <c>SELECT</c> <see cref="TurnColumns"/>.</summary>
    public static TurnRecord ReadTurn(string interviewId, SqliteDataReader reader) => new(
        interviewId,
        InterviewJson.Deserialize<AskedQuestion>(reader.GetString(0)),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        ParseTime(reader.GetValue(2)),
        reader.GetInt64(3) != 0,
        InterviewJson.DeserializeOrNull<AnswerEvaluation>(reader.GetValue(4)))
    {
        LiveEvaluation = InterviewJson.DeserializeOrNull<AnswerEvaluation>(reader.GetValue(5)),
        Delivery = InterviewJson.DeserializeOrNull<SpeechDelivery>(reader.GetValue(6)),
        By = reader.IsDBNull(7) ? null : Enum.Parse<AnsweredBy>(reader.GetString(7), ignoreCase: true),
    };

    public static void BindTurn(SqliteCommand command, TurnRecord turn)
    {
        var p = command.Parameters;
        p.AddWithValue("$id", turn.InterviewId);
        p.AddWithValue("$index", turn.Asked.TurnIndex);
        p.AddWithValue("$questionId", turn.Asked.Question.Id);
        p.AddWithValue("$asked", InterviewJson.Serialize(turn.Asked));
        p.AddWithValue("$answer", (object?)turn.Answer ?? DBNull.Value);
        p.AddWithValue("$answeredAt", FormatTime(turn.AnsweredAt));
        p.AddWithValue("$timedOut", turn.TimedOut ? 1 : 0);
        p.AddWithValue("$evaluation", turn.Evaluation is null ? DBNull.Value : InterviewJson.Serialize(turn.Evaluation));
        p.AddWithValue("$liveEvaluation", turn.LiveEvaluation is null ? DBNull.Value : InterviewJson.Serialize(turn.LiveEvaluation));
        p.AddWithValue("$delivery", turn.Delivery is null ? DBNull.Value : InterviewJson.Serialize(turn.Delivery));
        p.AddWithValue("$answeredBy", (object?)turn.By?.ToString() ?? DBNull.Value);
    }
}
