using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Offline;

public sealed class AdaptiveDifficultyTests
{
    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;
    private static readonly CandidateProfile Candidate = new(Role: "Backend Engineer", Seniority: "mid");
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Theory]
    [InlineData(8.5, 9.0, 1, "A harder question")]
    [InlineData(2.0, 3.5, -1, "An easier question")]
    public async Task NextQuestionAsync_RecentAnswersStrongOrWeak_SwapsForAQuestionOneLevelAway(double first, double second, int step, string why)
    {
        var plan = await Plan("adapt-1");
        var turns = Answer(plan, 9.0, first, second);

        var next = await Next("adapt-1", plan, turns);
        var planned = Bank.Find(plan.Questions[3].Id)!;
        var asked = Bank.Find(next!.Id)!;

        Assert.NotEqual(planned.Id, asked.Id);
        Assert.Equal(QuestionLevels.Step(planned.Level == "any" ? "mid" : planned.Level, step), asked.Level);
        Assert.Equal(planned.Category, asked.Category);
        Assert.True(asked.Tracks.Any(planned.Tracks.Contains), $"{asked.Id} leaves the track of {planned.Id}");
        Assert.StartsWith(why, next.Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Questions, q => q.Id == asked.Id);
    }

    [Theory]
    [InlineData(5.5, 6.0)]
    [InlineData(4.5, 6.9)]
    public async Task NextQuestionAsync_RecentAnswersMiddling_AsksThePlannedQuestion(double first, double second)
    {
        var plan = await Plan("adapt-2");

        var next = await Next("adapt-2", plan, Answer(plan, 10.0, first, second));

        Assert.Equal(plan.Questions[3].Id, next!.Id);
    }

    [Fact]
    public async Task NextQuestionAsync_OnlyIntroductionAndOneAnswerScored_AsksThePlannedQuestion()
    {
        var plan = await Plan("adapt-3");
        var turns = Answer(plan, 10.0, 10.0);
        turns.Add(Turn(plan.Questions[2], 0, timedOut: true));

        var next = await Next("adapt-3", plan, turns);

        Assert.Equal(plan.Questions[3].Id, next!.Id);
    }

    [Fact]
    public async Task NextQuestionAsync_ScreeningCallGoingWell_KeepsThePlannedQuestions()
    {
        var plan = await _brain.PlanAsync(new PlanRequest("adapt-scr", InterviewMode.Screening, Candidate, TimeSpan.FromMinutes(15)), CancellationToken.None);
        var turns = Answer(plan, 9.0, 9.5, 9.0);

        var next = await _brain.NextQuestionAsync(
            new NextQuestionRequest("adapt-scr", InterviewMode.Screening, Candidate, plan, turns, TimeSpan.FromMinutes(30), 0), CancellationToken.None);

        Assert.Equal(plan.Questions[3].Id, next!.Id);
    }

    [Fact]
    public async Task NextQuestionAsync_BehavioralStoriesStruggling_KeepsThePlannedQuestionInsteadOfSchoolStories()
    {
        var plan = await _brain.PlanAsync(new PlanRequest("adapt-beh", InterviewMode.Behavioral, Candidate, TimeSpan.FromMinutes(15)), CancellationToken.None);
        var turns = Answer(plan, 3.0, 1.5, 2.0);

        var next = await _brain.NextQuestionAsync(
            new NextQuestionRequest("adapt-beh", InterviewMode.Behavioral, Candidate, plan, turns, TimeSpan.FromMinutes(30), 0), CancellationToken.None);

        Assert.Equal(plan.Questions[3].Id, next!.Id);
        Assert.NotEqual(QuestionLevels.Junior, Bank.Find(next.Id)!.Level);
    }

    [Fact]
    public async Task NextQuestionAsync_BehavioralStoriesStrong_AsksAStoryOfWiderScope()
    {
        var plan = await _brain.PlanAsync(new PlanRequest("adapt-beh-up", InterviewMode.Behavioral, Candidate, TimeSpan.FromMinutes(15)), CancellationToken.None);
        var turns = Answer(plan, 9.0, 8.5, 9.5);

        var next = await _brain.NextQuestionAsync(
            new NextQuestionRequest("adapt-beh-up", InterviewMode.Behavioral, Candidate, plan, turns, TimeSpan.FromMinutes(30), 0), CancellationToken.None);

        Assert.Equal(QuestionLevels.Senior, Bank.Find(next!.Id)!.Level);
        Assert.StartsWith("A harder question", next.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextQuestionAsync_SameTurnsTwice_SwapsForTheSameQuestion()
    {
        var plan = await Plan("adapt-4");
        var turns = Answer(plan, 8.0, 9.0, 9.5);

        var first = await Next("adapt-4", plan, turns);
        var second = await Next("adapt-4", plan, turns);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(9.5)]
    [InlineData(1.0)]
    [InlineData(6.0)]
    public async Task NextQuestionAsync_WholeInterviewAtOneScore_KeepsThePlansLengthAndNeverRepeats(double score)
    {
        var plan = await Plan("adapt-5-" + score);
        var turns = new List<AnsweredTurn>();
        for (var i = 0; i < plan.Questions.Count; i++)
        {
            var next = await Next("adapt-5-" + score, plan, turns);
            Assert.NotNull(next);
            Assert.DoesNotContain(turns, t => t.Question.Id == next.Id);
            Assert.DoesNotMatch("^Time was left", next.Rationale ?? string.Empty);
            turns.Add(Turn(next, score));
        }

        var extra = await Next("adapt-5-" + score, plan, turns);

        Assert.StartsWith("Time was left", extra!.Rationale, StringComparison.Ordinal);
        Assert.DoesNotContain(turns, t => t.Question.Id == extra.Id);
        if (score > 7)
        {
            Assert.Contains(turns, t => t.Question.Rationale!.StartsWith("A harder question", StringComparison.Ordinal));
        }
    }

    private Task<InterviewPlan> Plan(string id) =>
        _brain.PlanAsync(new PlanRequest(id, InterviewMode.Technical, Candidate, TimeSpan.FromMinutes(15)), CancellationToken.None);

    private Task<InterviewQuestion?> Next(string id, InterviewPlan plan, IReadOnlyList<AnsweredTurn> turns) =>
        _brain.NextQuestionAsync(new NextQuestionRequest(id, InterviewMode.Technical, Candidate, plan, turns, TimeSpan.FromMinutes(30), 0), CancellationToken.None);

    // The introduction and the next planned questions, answered with these scores in order.
    private static List<AnsweredTurn> Answer(InterviewPlan plan, params double[] scores) =>
        scores.Select((s, i) => Turn(plan.Questions[i], s)).ToList();

    private static AnsweredTurn Turn(InterviewQuestion question, double score, bool timedOut = false) =>
        new(question, timedOut ? null : "An answer.", timedOut ? null : new AnswerEvaluation(score, new Dictionary<string, double>(), [], "", [], "offline"), timedOut);
}
