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

    [Theory]
    [InlineData("beh-42", 15)]
    [InlineData("beh-43", 30)]
    public async Task PlanAsync_Behavioral_AsksBehavioralQuestionsFromDifferentSubcategoriesAndAtMostOneMotivationQuestion(string id, int minutes)
    {
        var plan = await _brain.PlanAsync(new PlanRequest(id, InterviewMode.Behavioral, new CandidateProfile(Seniority: "senior"), TimeSpan.FromMinutes(minutes)), CancellationToken.None);
        var main = plan.Questions.Skip(1).Where(q => q.Category == "behavioral").ToList();

        Assert.Equal("introduction", plan.Questions[0].Category);
        Assert.True(main.Count >= plan.Questions.Count - 2);
        Assert.All(plan.Questions.Skip(1).Where(q => q.Category != "behavioral"), q => Assert.Equal("motivation", Bank(q.Id).Subcategory));
        Assert.Equal(main.Count, main.Select(q => Bank(q.Id).Subcategory).Distinct().Count());
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
        var technical = plan.Questions.Skip(1).Select(q => Bank(q.Id)).Where(q => q.Category == "technical").ToList();

        Assert.Single(plan.Questions, q => q.Category == "behavioral");
        Assert.Equal(plan.Questions.Count - 2, technical.Count);
        Assert.Equal(technical.Count, technical.Select(q => q.Subcategory).Distinct().Count());
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

        Assert.Contains(plan.Questions, q => q.Category == "technical" && QuestionBankLoader.Embedded.Index.Statistics.Terms(Bank(q.Id)).Contains("kubernet")
            && q.Rationale!.StartsWith("Asks about Kubernetes because the job description requires it", StringComparison.Ordinal));
        Assert.Contains(plan.Questions, q => q.Category == "technical" && q.Rationale!.Contains("Terraform", StringComparison.Ordinal));
        Assert.Contains(plan.Questions, q => q.Category == "behavioral");
        Assert.Single(plan.Questions, q => q.Category == "screening");
        Assert.True(plan.Questions.Count(q => q.Category == "technical") >= 2);
        Assert.Equal(plan.Questions.Count, plan.Questions.Select(q => q.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(InterviewMode.Behavioral)]
    [InlineData(InterviewMode.Technical)]
    [InlineData(InterviewMode.Customized)]
    public async Task PlanAsync_CandidateNameIsABankTag_NeverTreatsTheNameAsASkill(InterviewMode mode)
    {
        // "Demo" is a bank tag (giving demos); the resume starts with the candidate's name, as resumes do.
        var candidate = new CandidateProfile(
            Name: "Alex Demo", Role: "Backend Engineer", Seniority: "mid",
            ResumeText: "Alex Demo, backend engineer. 5 years building C# services. Skills: SQL, Redis, Kafka.");

        var plan = await Plan("name-" + mode, mode, candidate);

        Assert.DoesNotContain(plan.Questions, q => q.Rationale!.Contains("Demo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(InterviewMode.Technical)]
    [InlineData(InterviewMode.Customized)]
    public async Task PlanAsync_JobDescriptionNamesKafkaAndSpark_PullsThoseQuestionsIn(InterviewMode mode)
    {
        var candidate = new CandidateProfile(
            Role: "Data Engineer",
            JobDescription: "Our streaming platform runs on Kafka; nightly batch jobs run on Spark. You will own both.");

        var plan = await Plan("de-jd-" + mode, mode, candidate);
        var technical = plan.Questions.Where(q => q.Category == "technical").Select(q => QuestionBankLoader.Embedded.Index.Statistics.Terms(Bank(q.Id))).ToList();

        Assert.Contains(technical, terms => terms.Contains("kafka"));
        Assert.Contains(technical, terms => terms.Contains("spark"));
        Assert.Contains(plan.Questions, q => q.Rationale!.StartsWith("Asks about Apache Kafka because the job description requires it", StringComparison.Ordinal));
        Assert.Contains(plan.Questions, q => q.Rationale!.StartsWith("Asks about Apache Spark because the job description requires it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(InterviewMode.Technical)]
    [InlineData(InterviewMode.Behavioral)]
    [InlineData(InterviewMode.Customized)]
    public async Task PlanAsync_JobDescriptionBoilerplate_IsNeverGivenAsAReason(InterviewMode mode)
    {
        var candidate = new CandidateProfile(
            Role: "Frontend Developer",
            JobDescription: "We are hiring! Join our exciting team, improve our product and grow with us. Strong experience required; great benefits.");

        var plan = await Plan("boilerplate", mode, candidate);

        Assert.All(plan.Questions, q => Assert.DoesNotContain("job description mentions", q.Rationale!, StringComparison.Ordinal));
        Assert.All(plan.Questions, q => Assert.DoesNotContain("job description requires", q.Rationale!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanAsync_TechnicalWithoutJobDescription_DoesNotFavourKafka()
    {
        var plans = new List<InterviewPlan>();
        for (var i = 0; i < 5; i++)
        {
            plans.Add(await Plan("de-plain-" + i, InterviewMode.Technical, new CandidateProfile(Role: "Data Engineer")));
        }

        var withKafka = plans.Count(p => p.Questions.Any(q => Bank(q.Id).Tags.Contains("kafka") && Bank(q.Id).Tags.Contains("spark")));
        Assert.True(withKafka < 5, "every plain data engineering plan asks about Kafka and Spark");
        Assert.All(plans.SelectMany(p => p.Questions), q => Assert.DoesNotContain("job description", q.Rationale!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(30)]
    public async Task PlanAsync_Screening_EndsOnAClosingQuestionAfterScreeningTopics(int minutes)
    {
        var plan = await _brain.PlanAsync(new PlanRequest("scr-close-" + minutes, InterviewMode.Screening, new CandidateProfile(), TimeSpan.FromMinutes(minutes)), CancellationToken.None);

        Assert.Equal("introduction", plan.Questions[0].Category);
        Assert.Equal("closing", plan.Questions[^1].Category);
        Assert.All(plan.Questions.Skip(1).SkipLast(1), q => Assert.Equal("screening", q.Category));
        Assert.Equal(plan.Questions.Count, plan.Questions.Select(q => q.Id).Distinct().Count());
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
