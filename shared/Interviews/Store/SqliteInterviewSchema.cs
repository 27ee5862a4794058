namespace MockInterview.Interviews;

/// <summary>Tables of the embedded read model.</summary>
internal static class SqliteInterviewSchema
{
    public const string Columns =
        "id, owner, mode, candidate_json, plan_json, timing_json, brain, phase, current_json, current_question_id, "
        + "pending_answer_question_id, end_requested_in, created_at, questions_end_at, ends_at, summary_started_at, "
        + "summary_json, report_json, completed_at, current_turn_index, voice_json";

    public const string Parameters =
        "$id, $owner, $mode, $candidate, $plan, $timing, $brain, $phase, $current, $currentQuestionId, "
        + "$pending, $endRequestedIn, $createdAt, $questionsEndAt, $endsAt, $summaryStartedAt, "
        + "$summary, $report, $completedAt, $currentTurnIndex, $voice";

    /// <summary>The columns that change after creation, as SET assignments from the same parameters as <see cref="Parameters"/>.</summary>
    public const string MutableAssignments =
        "phase = $phase, current_json = $current, current_question_id = $currentQuestionId, current_turn_index = $currentTurnIndex, "
        + "pending_answer_question_id = $pending, end_requested_in = $endRequestedIn, ends_at = $endsAt, "
        + "summary_started_at = $summaryStartedAt, summary_json = $summary, report_json = $report, completed_at = $completedAt, "
        + "voice_json = $voice";

    /// <summary>Columns added after the first release, as (table, column, definition): a database file created before
    /// gets them at start (CREATE TABLE IF NOT EXISTS leaves an existing table as it is).</summary>
    public static readonly IReadOnlyList<(string Table, string Column, string Definition)> AddedColumns =
    [
        ("interviews", "current_turn_index", "INTEGER NULL"),
        ("turns", "live_evaluation_json", "TEXT NULL"),
        ("interviews", "voice_json", "TEXT NULL"),
        ("turns", "delivery_json", "TEXT NULL"),
        ("turns", "answered_by", "TEXT NULL"),
    ];

    public const string Create = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE IF NOT EXISTS interviews (
          id TEXT NOT NULL PRIMARY KEY,
          owner TEXT NOT NULL,
          mode TEXT NOT NULL,
          candidate_json TEXT NOT NULL,
          plan_json TEXT NOT NULL,
          timing_json TEXT NOT NULL,
          brain TEXT NOT NULL,
          phase TEXT NOT NULL,
          current_json TEXT NULL,
          current_question_id TEXT NULL,
          pending_answer_question_id TEXT NULL,
          end_requested_in TEXT NULL,
          created_at TEXT NOT NULL,
          questions_end_at TEXT NOT NULL,
          ends_at TEXT NOT NULL,
          summary_started_at TEXT NULL,
          summary_json TEXT NULL,
          report_json TEXT NULL,
          completed_at TEXT NULL,
          current_turn_index INTEGER NULL,
          voice_json TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS interviews_by_owner ON interviews (owner, created_at);
        CREATE TABLE IF NOT EXISTS turns (
          interview_id TEXT NOT NULL,
          turn_index INTEGER NOT NULL,
          question_id TEXT NOT NULL,
          asked_json TEXT NOT NULL,
          answer TEXT NULL,
          answered_at TEXT NULL,
          timed_out INTEGER NOT NULL,
          evaluation_json TEXT NULL,
          live_evaluation_json TEXT NULL,
          delivery_json TEXT NULL,
          answered_by TEXT NULL,
          PRIMARY KEY (interview_id, turn_index)
        );
        """;
}
