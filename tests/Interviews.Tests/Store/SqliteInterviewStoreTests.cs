using MockInterview.Interviews.Tests.Support;
using MockInterview.Sqlite;

namespace MockInterview.Interviews.Tests.Store;

public sealed class SqliteInterviewStoreTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly SqliteInterviewStore store;

    public SqliteInterviewStoreTests() => store = new SqliteInterviewStore(database.ConnectionString("interviews.db"));

    [Fact]
    public async Task Create_Twice_KeepsTheFirstAndRoundTrips()
    {
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        await store.CreateAsync(interview with { Owner = "eve" }, default);

        var stored = await store.GetAsync(interview.Id, default);
        Assert.NotNull(stored);
        Assert.Equal("ada", stored.Owner);
        Assert.Equal(interview.Current!.AnswerDueAt, stored.Current!.AnswerDueAt);
        Assert.Equal(interview.Current.Question.Id, stored.Current.Question.Id);
        Assert.Equal(interview.QuestionsEndAt, stored.QuestionsEndAt);
        Assert.Equal(interview.Timing, stored.Timing);
        Assert.Equal(2, stored.Plan.Questions.Count);
    }

    [Fact]
    public async Task UpsertTurn_SameIndexTwice_KeepsOneTurn()
    {
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        var turn = new TurnRecord(interview.Id, Samples.Asked("q1", 0), "An answer", Samples.Start.AddMinutes(1), false, Samples.Evaluation());
        await store.UpsertTurnAsync(turn, default);
        await store.UpsertTurnAsync(turn, default);
        await store.UpsertTurnAsync(new TurnRecord(interview.Id, Samples.Asked("q2", 1), null, null, true, null), default);

        var turns = await store.GetTurnsAsync(interview.Id, default);
        Assert.Equal(2, turns.Count);
        Assert.Equal("An answer", turns[0].Answer);
        Assert.Equal(6, turns[0].Evaluation!.Score);
        Assert.True(turns[1].TimedOut);
    }

    [Fact]
    public async Task SetCurrentQuestion_RetryOfAnEarlierTurn_DoesNotMoveBack()
    {
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        await store.MarkAnswerPendingAsync(interview.Id, "q1", default);
        Assert.Equal("q1", (await store.GetAsync(interview.Id, default))!.PendingAnswerQuestionId);

        Assert.True(await store.SetCurrentQuestionAsync(interview.Id, 0, Samples.Asked("q2", 1), default));
        Assert.False(await store.SetCurrentQuestionAsync(interview.Id, 0, Samples.Asked("other", 1), default));

        var stored = await store.GetAsync(interview.Id, default);
        Assert.Equal("q2", stored!.Current!.Question.Id);
        Assert.Null(stored.PendingAnswerQuestionId);
    }

    [Fact]
    public async Task MarkAnswerPending_NotTheCurrentQuestion_ChangesNothing()
    {
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        await store.MarkAnswerPendingAsync(interview.Id, "q9", default);
        Assert.Null((await store.GetAsync(interview.Id, default))!.PendingAnswerQuestionId);
    }

    [Fact]
    public async Task PhaseChanges_AppliedOnceInOrder()
    {
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        await store.MarkEndRequestedAsync(interview.Id, InterviewPhase.Summary, default);
        Assert.Null((await store.GetAsync(interview.Id, default))!.EndRequestedIn);
        await store.MarkEndRequestedAsync(interview.Id, InterviewPhase.Questions, default);
        Assert.Equal(InterviewPhase.Questions, (await store.GetAsync(interview.Id, default))!.EndRequestedIn);

        var closing = new AskedQuestion(AskedQuestion.Closing, 1, Samples.Start.AddMinutes(5), Samples.Start.AddMinutes(10));
        await store.BeginSummaryAsync(interview.Id, Samples.Summary(), closing, Samples.Start.AddMinutes(5), default);
        await store.BeginSummaryAsync(interview.Id, Samples.Summary() with { Narrative = "second" }, closing with { TurnIndex = 7 }, Samples.Start.AddMinutes(6), default);

        var summary = await store.GetAsync(interview.Id, default);
        Assert.Equal(InterviewPhase.Summary, summary!.Phase);
        Assert.Equal(1, summary.Current!.TurnIndex);
        Assert.True(summary.Current.IsClosing);
        Assert.Equal("Thanks & goodbye.", summary.Summary!.Narrative);
        Assert.Equal(Samples.Start.AddMinutes(10), summary.EndsAt);
        Assert.Null(summary.EndRequestedIn);

        var report = ReportBuilder.Build(summary, [], summary.Summary, Samples.Start.AddMinutes(8), endedEarly: true);
        await store.CompleteAsync(interview.Id, report, Samples.Start.AddMinutes(8), default);
        await store.CompleteAsync(interview.Id, report with { Narrative = "second" }, Samples.Start.AddMinutes(9), default);

        var completed = await store.GetAsync(interview.Id, default);
        Assert.Equal(InterviewPhase.Completed, completed!.Phase);
        Assert.Null(completed.Current);
        Assert.Equal("Thanks & goodbye.", completed.Report!.Narrative);
        Assert.Equal(Samples.Start.AddMinutes(8), completed.CompletedAt);
    }

    [Fact]
    public async Task Store_NewInstanceOnSameFile_SeesEverything()
    {
        var interview = Samples.Interview();
        await store.CreateAsync(interview, default);
        using var again = new SqliteInterviewStore(database.ConnectionString("interviews.db"));
        Assert.True(await again.PingAsync(default));
        Assert.Equal(interview.Id, (await again.GetAsync(interview.Id, default))!.Id);
        Assert.Null(await again.GetAsync("ffffffffffffffffffffffffffffffff", default));
    }

    [Fact]
    public void Resolve_RelativeFile_IsUnderContentRootAndFolderCreated()
    {
        var resolved = SqliteConnectionStrings.Resolve("Data Source=nested/data/x.db", database.Directory);
        Assert.Contains(Path.Combine(database.Directory, "nested", "data", "x.db"), resolved, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(database.Directory, "nested", "data")));
        Assert.Equal("Data Source=:memory:", SqliteConnectionStrings.Resolve("Data Source=:memory:", database.Directory));
    }

    public void Dispose()
    {
        store.Dispose();
        database.Dispose();
    }
}
