using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.FollowUps;

public sealed class NextQuestionTests
{
    private const string StoryWithoutResult =
        "At my previous company our release process took a whole day and the team was frustrated. I was responsible for the deployment scripts, " +
        "so I wrote a new pipeline in GitHub Actions, I met with the QA lead to agree which checks to automate, and I documented every step for the team.";

    private const string StoryWithoutOwnAction =
        "Last year our team had a conflict about code review rules that slowed the project down. We discussed it in a retrospective and we agreed " +
        "on a shorter checklist. As a result review time dropped from two days to four hours and the tension went away.";

    private static readonly TimeSpan PlentyOfTime = TimeSpan.FromMinutes(12);
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Fact]
    public async Task NextQuestionAsync_NoTurnsYet_ReturnsFirstPlannedQuestion()
    {
        var plan = await Plan(InterviewMode.Behavioral);

        var next = await Next(plan, [], PlentyOfTime);

        Assert.Equal(plan.Questions[0].Id, next?.Id);
    }

    [Fact]
    public async Task NextQuestionAsync_BehavioralStoryWithoutResult_AsksForTheResult()
    {
        var (plan, question) = await PlanWithBehavioralQuestion();

        var next = await Next(plan, [Turn(question, StoryWithoutResult)], PlentyOfTime);

        Assert.NotNull(next);
        Assert.True(next.IsFollowUp);
        Assert.Equal(question.Id, next.ParentQuestionId);
        Assert.Equal($"{question.Id}-f1", next.Id);
        Assert.Contains("result", next.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NextQuestionAsync_BehavioralStoryAboutTheTeamOnly_AsksWhatTheCandidateDid()
    {
        var (plan, question) = await PlanWithBehavioralQuestion();

        var next = await Next(plan, [Turn(question, StoryWithoutOwnAction)], PlentyOfTime);

        Assert.NotNull(next);
        Assert.Contains("personally", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextQuestionAsync_VagueTechnicalAnswer_AsksForAConcreteExample()
    {
        var plan = await Plan(InterviewMode.Technical);
        var question = plan.Questions[1];

        var next = await Next(plan, [Turn(question, "I think it generally depends on the situation, and usually you just try different things until it works.")], PlentyOfTime);

        Assert.NotNull(next);
        Assert.True(next.IsFollowUp);
        Assert.Contains("concrete example", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextQuestionAsync_BuzzwordListAnswer_AsksToWalkThroughOneTechnology()
    {
        var plan = await Plan(InterviewMode.Technical);
        var question = plan.Questions[1];

        var next = await Next(plan, [Turn(question, "Kubernetes, Docker, microservices, Redis, Kafka, Terraform, scalability, cloud-native")], PlentyOfTime);

        Assert.NotNull(next);
        Assert.True(next.IsFollowUp);
        Assert.StartsWith("You mentioned several technologies", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextQuestionAsync_RepeatedAnswer_MovesOnWithoutFollowUp()
    {
        var (plan, question) = await PlanWithBehavioralQuestion();
        var evaluation = await _brain.EvaluateAsync(new EvaluationRequest(InterviewMode.Behavioral, question, StoryWithoutResult, [StoryWithoutResult]), CancellationToken.None);

        var next = await Next(plan, [new AnsweredTurn(question, StoryWithoutResult, evaluation, false)], PlentyOfTime);

        Assert.Contains(evaluation.Flags, f => f.Code == "repeated");
        Assert.NotNull(next);
        Assert.False(next.IsFollowUp);
    }

    [Fact]
    public async Task NextQuestionAsync_StrongAnswerWithTimeToSpare_UsesTheQuestionsOwnFollowUp()
    {
        var question = Bank("tech-be-sql-003").ToInterviewQuestion(null);
        var plan = new InterviewPlan(InterviewMode.Technical, [question, Bank("tech-be-rest-002").ToInterviewQuestion(null)]);
        var strong = "An index is a separate structure, usually a B-tree, that keeps column values sorted so lookups take logarithmic time. " +
            "For example, on a 40 million row orders table in Postgres an index on (customer_id, created_at) took a query from 2 seconds to 15 ms, " +
            "because the planner no longer scanned the table. The trade-off is slower writes and more storage.";

        var next = await Next(plan, [Turn(question, strong)], PlentyOfTime);

        Assert.NotNull(next);
        Assert.Contains(next.Text, Bank("tech-be-sql-003").FollowUps);
    }

    [Fact]
    public async Task NextQuestionAsync_FollowUpLimitReached_MovesToTheNextPlannedQuestion()
    {
        var (plan, question) = await PlanWithBehavioralQuestion();
        var firstFollowUp = (await Next(plan, [Turn(question, StoryWithoutResult)], PlentyOfTime))!;
        var turns = new[] { Turn(question, StoryWithoutResult), Turn(firstFollowUp, "I am not sure, it was fine I guess.") };

        var withLimitOne = await Next(plan, turns, PlentyOfTime, maxFollowUps: 1);
        var withLimitTwo = await Next(plan, turns, PlentyOfTime, maxFollowUps: 2);

        Assert.NotNull(withLimitOne);
        Assert.False(withLimitOne.IsFollowUp);
        Assert.Equal(plan.Questions.First(q => q.Id != question.Id).Id, withLimitOne.Id);
        Assert.NotNull(withLimitTwo);
        Assert.Equal($"{question.Id}-f2", withLimitTwo.Id);
    }

    [Theory]
    [InlineData(true, "")]
    [InlineData(false, "   ")]
    [InlineData(true, "At my previous company I was responsible for the deployment scripts, so I wrote a new pipeline.")]
    [InlineData(false, "asdkj qwoeiru zxmcnv lkjsdf poiuqwe")]
    public async Task NextQuestionAsync_TimedOutEmptyOrGibberishAnswer_NeverFollowsUp(bool timedOut, string answer)
    {
        var (plan, question) = await PlanWithBehavioralQuestion();

        var next = await Next(plan, [new AnsweredTurn(question, answer, null, timedOut)], PlentyOfTime);

        Assert.NotNull(next);
        Assert.False(next.IsFollowUp);
    }

    [Fact]
    public async Task NextQuestionAsync_LessThanAMinuteLeft_ReturnsNull()
    {
        var plan = await Plan(InterviewMode.Screening);

        var next = await Next(plan, [Turn(plan.Questions[0], "I am a backend developer with five years of experience in payments.")], TimeSpan.FromSeconds(45));

        Assert.Null(next);
    }

    [Fact]
    public async Task NextQuestionAsync_PlanUsedUpWithTimeLeft_AsksAnUnaskedExtraQuestion()
    {
        var plan = await Plan(InterviewMode.Behavioral);
        var turns = plan.Questions.Select(q => new AnsweredTurn(q, "Answer", null, TimedOut: true)).ToList();

        var next = await Next(plan, turns, TimeSpan.FromMinutes(4));

        Assert.NotNull(next);
        Assert.False(next.IsFollowUp);
        Assert.DoesNotContain(plan.Questions, q => q.Id == next.Id);
        Assert.Equal("behavioral", next.Category);
        Assert.StartsWith("Time was left", next.Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextQuestionAsync_SameRequestTwice_GivesTheSameQuestion()
    {
        var plan = await Plan(InterviewMode.Customized);
        var turns = plan.Questions.Select(q => new AnsweredTurn(q, null, null, TimedOut: true)).ToList();

        var first = await Next(plan, turns, TimeSpan.FromMinutes(3));
        var second = await Next(plan, turns, TimeSpan.FromMinutes(3));

        Assert.Equal(first?.Id, second?.Id);
    }

    private async Task<(InterviewPlan Plan, InterviewQuestion Question)> PlanWithBehavioralQuestion()
    {
        var plan = await Plan(InterviewMode.Behavioral);
        return (plan, plan.Questions.First(q => q.Category == "behavioral"));
    }

    private Task<InterviewPlan> Plan(InterviewMode mode) =>
        _brain.PlanAsync(new PlanRequest("follow-ups", mode, new CandidateProfile(Role: "Backend Engineer"), TimeSpan.FromMinutes(15)), CancellationToken.None);

    private Task<InterviewQuestion?> Next(InterviewPlan plan, IReadOnlyList<AnsweredTurn> turns, TimeSpan timeLeft, int maxFollowUps = 2) =>
        _brain.NextQuestionAsync(new NextQuestionRequest("follow-ups", plan.Mode, new CandidateProfile(Role: "Backend Engineer"), plan, turns, timeLeft, maxFollowUps), CancellationToken.None);

    private static AnsweredTurn Turn(InterviewQuestion question, string answer) => new(question, answer, null, TimedOut: false);

    private static BankQuestion Bank(string id) => QuestionBankLoader.Embedded.Find(id) ?? throw new InvalidOperationException(id);
}
