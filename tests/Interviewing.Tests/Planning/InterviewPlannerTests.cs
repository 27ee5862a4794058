using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Tests.Planning;

public sealed class InterviewPlannerTests
{
    private static readonly TimeSpan FifteenMinutes = TimeSpan.FromMinutes(15);
    private readonly OfflineInterviewerBrain _brain = OfflineInterviewerBrain.CreateDefault();

    [Theory]
    [InlineData(InterviewMode.Screening)]
    [InlineData(InterviewMode.Behavioral)]
    [InlineData(InterviewMode.Technical)]
    [InlineData(InterviewMode.Customized)]
    public async Task PlanAsync_FifteenMinutePhase_PlansFiveOrSixDistinctQuestionsStartingWithIntroduction(InterviewMode mode)
    {
        var plan = await Plan("interview-1", mode, new CandidateProfile(Role: "Backend Engineer", JobDescription: "We use PostgreSQL, Redis and Kubernetes."));

        Assert.Equal(mode, plan.Mode);
        Assert.InRange(plan.Questions.Count, 5, 6);
        Assert.Equal(plan.Questions.Count, plan.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal("introduction", plan.Questions[0].Category);
        Assert.All(plan.Questions, q => Assert.False(q.IsFollowUp));
        Assert.All(plan.Questions, q => Assert.False(string.IsNullOrWhiteSpace(q.Rationale)));
    }

    [Theory]
    [InlineData(5, 2)]
    [InlineData(30, 12)]
    public async Task PlanAsync_PhaseLength_ScalesQuestionCount(int minutes, int expected)
    {
        var plan = await _brain.PlanAsync(new PlanRequest("x", InterviewMode.Behavioral, new CandidateProfile(), TimeSpan.FromMinutes(minutes)), CancellationToken.None);

        Assert.Equal(expected, plan.Questions.Count);
    }

    [Fact]
    public async Task PlanAsync_Screening_CoversMotivationStrengthsAndCareerOrLogistics()
    {
        var subcategories = Subcategories(await Plan("screen-7", InterviewMode.Screening, new CandidateProfile()));

        Assert.Contains("motivation", subcategories);
        Assert.Contains("why-company", subcategories);
        Assert.Contains("strengths-weaknesses", subcategories);
        Assert.Contains(subcategories, s => s is "career-goals" or "salary" or "availability");
    }

    [Fact]
    public async Task PlanAsync_Behavioral_AsksBehavioralQuestionsFromDifferentSubcategories()
    {
        var plan = await Plan("beh-42", InterviewMode.Behavioral, new CandidateProfile(Seniority: "senior"));
        var main = plan.Questions.Skip(1).ToList();

        Assert.All(main, q => Assert.Equal("behavioral", q.Category));
        Assert.Equal(main.Count, Subcategories(new InterviewPlan(plan.Mode, main)).Distinct().Count());
    }

    [Theory]
    [InlineData("Senior Backend Engineer", null, "backend", "senior")]
    [InlineData("SRE", null, "devops-sre", "mid")]
    [InlineData("data scientist", "graduate", "machine-learning", "junior")]
    [InlineData("Junior Frontend Developer", null, "frontend", "junior")]
    [InlineData("iOS developer", "staff", "mobile", "senior")]
    [InlineData("Product Manager", null, "product-management", "mid")]
    [InlineData("Data Analyst", "intern", "data-analysis", "junior")]
    [InlineData("Data Engineer", null, "data-engineering", "mid")]
    [InlineData("Application Security Engineer", "lead", "security", "senior")]
    [InlineData("Full-stack developer", null, "fullstack", "mid")]
    [InlineData("Astronaut", null, "backend", "mid")]
    public async Task PlanAsync_Technical_AsksQuestionsOfTheRolesTrackNearItsLevel(string role, string? seniority, string track, string level)
    {
        var plan = await Plan("tech-" + role, InterviewMode.Technical, new CandidateProfile(Role: role, Seniority: seniority));
        var technical = plan.Questions.Skip(1).Select(q => Bank(q.Id)).ToList();

        Assert.All(technical, q => Assert.Equal("technical", q.Category));
        Assert.All(technical, q => Assert.True(q.FitsTrack(track), $"{q.Id} is not a {track} question"));
        Assert.All(technical, q => Assert.InRange(QuestionLevels.Distance(q.Level, level), 0, 1));
        Assert.Contains(technical, q => QuestionLevels.Distance(q.Level, level) == 0);
    }

    [Fact]
    public async Task PlanAsync_Customized_PicksQuestionsForJobDescriptionKeywordsAndSaysWhy()
    {
        var candidate = new CandidateProfile(
            Role: "Backend Engineer",
            ResumeText: "Built payment APIs in C# with PostgreSQL.",
            JobDescription: "You will run our services on Kubernetes, manage infrastructure with Terraform and be part of the on-call rotation.");

        var plan = await Plan("custom-1", InterviewMode.Customized, candidate);

        Assert.Contains(plan.Questions, q => q.Id == "tech-ops-kubernetes-003" && q.Rationale!.Contains("kubernetes because the job description mentions it", StringComparison.Ordinal));
        Assert.Contains(plan.Questions, q => q.Category == "behavioral");
        Assert.Contains(plan.Questions, q => q.Rationale!.Contains("job description", StringComparison.Ordinal) && q.Id != "tech-ops-kubernetes-003");
    }

    [Fact]
    public async Task PlanAsync_CustomizedWithoutTexts_FallsBackToRoleQuestions()
    {
        var plan = await Plan("custom-2", InterviewMode.Customized, new CandidateProfile(Role: "Frontend Developer"));

        Assert.InRange(plan.Questions.Count, 5, 6);
        Assert.Contains(plan.Questions, q => q.Category == "technical" && Bank(q.Id).FitsTrack("frontend"));
    }

    [Fact]
    public async Task PlanAsync_SameInterviewId_GivesTheSamePlan()
    {
        var candidate = new CandidateProfile(Role: "DevOps engineer");

        var first = await Plan("same-id", InterviewMode.Technical, candidate);
        var second = await Plan("same-id", InterviewMode.Technical, candidate);

        Assert.Equal(first.Questions.Select(q => q.Id), second.Questions.Select(q => q.Id));
    }

    [Fact]
    public async Task PlanAsync_DifferentInterviewIds_GiveDifferentPlans()
    {
        var plans = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var plan = await Plan($"interview-{i}", InterviewMode.Behavioral, new CandidateProfile());
            plans.Add(string.Join(",", plan.Questions.Select(q => q.Id)));
        }

        Assert.True(plans.Distinct().Count() >= 4, "plans barely vary with the interview id");
    }

    private Task<InterviewPlan> Plan(string id, InterviewMode mode, CandidateProfile candidate) =>
        _brain.PlanAsync(new PlanRequest(id, mode, candidate, FifteenMinutes), CancellationToken.None);

    private static BankQuestion Bank(string id) => QuestionBankLoader.Embedded.Find(id) ?? throw new InvalidOperationException(id);

    private static List<string> Subcategories(InterviewPlan plan) => plan.Questions.Select(q => Bank(q.Id).Subcategory).ToList();
}
