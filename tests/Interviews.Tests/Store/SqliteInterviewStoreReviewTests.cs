using Microsoft.Data.Sqlite;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Store;

/// <summary>The final review's evaluations in the store, and database files from before they were kept.</summary>
public sealed class SqliteInterviewStoreReviewTests : IDisposable
{
    private readonly TempDatabase database = new();

    [Fact]
    public async Task ReviseEvaluations_Twice_ReplacesAnsweredTurnsKeepsTheFirstLiveAndLeavesUnansweredAlone()
    {
        await using var store = new SqliteInterviewStore(database.ConnectionString("interviews.db"));
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        var answered = new TurnRecord(interview.Id, Samples.Asked("q1", 0), "An answer", Samples.Start.AddMinutes(1), false, Samples.Evaluation(7));
        var unanswered = new TurnRecord(interview.Id, Samples.Asked("q2", 1), null, null, true, null);
        await store.UpsertTurnAsync(answered, default);
        await store.UpsertTurnAsync(unanswered, default);

        await store.ReviseEvaluationsAsync(interview.Id, [answered with { Evaluation = Samples.Evaluation(9) with { Source = "llm:a/b" } }, unanswered with { Evaluation = Samples.Evaluation(1) }], default);
        await store.ReviseEvaluationsAsync(interview.Id, [answered with { Evaluation = Samples.Evaluation(4) with { Source = "llm:a/b" } }], default);

        var turns = await store.GetTurnsAsync(interview.Id, default);
        Assert.Equal((4.0, "llm:a/b"), (turns[0].Evaluation!.Score, turns[0].Evaluation!.Source));
        Assert.Equal((7.0, "offline"), (turns[0].LiveEvaluation!.Score, turns[0].LiveEvaluation!.Source));
        Assert.Null(turns[1].Evaluation);
        Assert.Null(turns[1].LiveEvaluation);
    }

    [Fact]
    public async Task UpsertTurn_WithLiveEvaluation_RoundTrips()
    {
        await using var store = new SqliteInterviewStore(database.ConnectionString("interviews.db"));
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        await store.UpsertTurnAsync(new TurnRecord(interview.Id, Samples.Asked("q1", 0), "An answer", Samples.Start, false, Samples.Evaluation(8)) { LiveEvaluation = Samples.Evaluation(5) }, default);

        var turn = Assert.Single(await store.GetTurnsAsync(interview.Id, default));
        Assert.Equal((8.0, 5.0), (turn.Evaluation!.Score, turn.LiveEvaluation!.Score));
    }

    [Fact]
    public async Task Initialize_FileFromBeforeTheAddedColumns_AddsThemAndKeepsItsRows()
    {
        var connectionString = database.ConnectionString("old.db");
        var interview = Samples.Interview();
        await using (var old = new SqliteConnection(connectionString))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE interviews (id TEXT NOT NULL PRIMARY KEY, owner TEXT NOT NULL, mode TEXT NOT NULL, candidate_json TEXT NOT NULL,
                  plan_json TEXT NOT NULL, timing_json TEXT NOT NULL, brain TEXT NOT NULL, phase TEXT NOT NULL, current_json TEXT NULL,
                  current_question_id TEXT NULL, pending_answer_question_id TEXT NULL, end_requested_in TEXT NULL, created_at TEXT NOT NULL,
                  questions_end_at TEXT NOT NULL, ends_at TEXT NOT NULL, summary_started_at TEXT NULL, summary_json TEXT NULL,
                  report_json TEXT NULL, completed_at TEXT NULL);
                CREATE TABLE turns (interview_id TEXT NOT NULL, turn_index INTEGER NOT NULL, question_id TEXT NOT NULL, asked_json TEXT NOT NULL,
                  answer TEXT NULL, answered_at TEXT NULL, timed_out INTEGER NOT NULL, evaluation_json TEXT NULL, PRIMARY KEY (interview_id, turn_index));
                INSERT INTO turns VALUES ($id, 0, 'q1', $asked, 'An old answer', NULL, 0, $evaluation);
                """;
            command.Parameters.AddWithValue("$id", interview.Id);
            command.Parameters.AddWithValue("$asked", InterviewJson.Serialize(Samples.Asked("q1", 0)));
            command.Parameters.AddWithValue("$evaluation", InterviewJson.Serialize(Samples.Evaluation(6)));
            await command.ExecuteNonQueryAsync();
        }

        await using var store = new SqliteInterviewStore(connectionString);
        await store.CreateAsync(interview, default);
        await store.ReviseEvaluationsAsync(interview.Id, [new TurnRecord(interview.Id, Samples.Asked("q1", 0), "An old answer", null, false, Samples.Evaluation(8))], default);

        var turn = Assert.Single(await store.GetTurnsAsync(interview.Id, default));
        Assert.Equal("An old answer", turn.Answer);
        Assert.Equal((8.0, 6.0), (turn.Evaluation!.Score, turn.LiveEvaluation!.Score));
        Assert.Equal(0, (await store.GetAsync(interview.Id, default))!.Current!.TurnIndex);
    }

    public void Dispose() => database.Dispose();
}
