namespace MockInterview.Interviewing.Tests.Personalisation;

/// <summary>The project deep dive as the interview goes on: asked as planned, followed up on its rubric.</summary>
public sealed class ProjectDeepDiveInInterviewTests
{
    private static readonly CandidateProfile Candidate = new(Name: "Jordan Lee", Role: "Backend Engineer", ResumeText: Samples.BackendResume, JobDescription: Samples.BackendJob);
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Theory]
    [InlineData(9.0)]
    [InlineData(2.0)]
    public async Task NextQuestionAsync_StrongOrWeakAnswersBeforeTheDeepDive_AsksTheDeepDiveAsPlanned(double score)
    {
        var plan = await Plan();
        var at = plan.Questions.ToList().FindIndex(q => q.Id.StartsWith("project-", StringComparison.Ordinal));
        Assert.True(at > 0, "the plan has no project deep dive");

        // The level swaps apply to bank questions; the deep dive is about this candidate's project at any level.
        var turns = plan.Questions.Take(at).Select(q => Turn(q, "An answer.", score)).ToList();
        var next = await _brain.NextQuestionAsync(new NextQuestionRequest("dive", InterviewMode.Customized, Candidate, plan, turns, TimeSpan.FromMinutes(20), 0), CancellationToken.None);

        Assert.Equal(plan.Questions[at], next);
    }

    [Fact]
    public async Task NextQuestionAsync_DeepDiveAnswerWithoutResults_FollowsUpOnIt()
    {
        var plan = await Plan();
        var dive = plan.Questions.Single(q => q.Id.StartsWith("project-", StringComparison.Ordinal));
        const string answer = "Ledger Service is a double-entry ledger I wrote in Go on PostgreSQL. I designed the schema and the posting "
            + "engine, and I chose immutable entries with reversing entries for corrections, which kept the history auditable.";

        var next = await _brain.NextQuestionAsync(
            new NextQuestionRequest("dive", InterviewMode.Customized, Candidate, plan, [Turn(dive, answer, null)], TimeSpan.FromMinutes(20), 2),
            CancellationToken.None);

        Assert.NotNull(next);
        Assert.True(next.IsFollowUp);
        Assert.Equal(dive.Id, next.ParentQuestionId);
        Assert.Equal(dive.Id + "-f1", next.Id);
    }

    private Task<InterviewPlan> Plan() =>
        _brain.PlanAsync(new PlanRequest("dive", InterviewMode.Customized, Candidate, TimeSpan.FromMinutes(15)), CancellationToken.None);

    private static AnsweredTurn Turn(InterviewQuestion question, string answer, double? score) =>
        new(question, answer, score is { } s ? new AnswerEvaluation(s, new Dictionary<string, double>(), [], "", [], "offline") : null, false);
}
