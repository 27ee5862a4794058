using System.Text.RegularExpressions;
using MockInterview.Interviewing.Bank;
using MockInterview.Interviewing.Planning;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;
using MockInterview.TestSupport;

namespace MockInterview.Interviewing.Tests.Personalisation;

public sealed partial class PersonalisedPlanTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly QuestionBank Bank = QuestionBankLoader.Embedded;
    private readonly InterviewPlanner _planner = new(Bank, new ManualTimeProvider(Today));

    private static CandidateProfile Backend(string? resume = Samples.BackendResume, string? job = Samples.BackendJob) =>
        new(Name: "Jordan Lee", Role: "Backend Engineer", ResumeText: resume, JobDescription: job);

    [Fact]
    public void Plan_RequiredSkillTheResumeShows_AsksAboutItAndSaysWhereTheResumeShowsIt()
    {
        var plan = Plan("pair-1", InterviewMode.Customized, Backend());

        Assert.Contains(plan.Questions, q => q.Category == "technical"
            && q.Rationale == "Asks about PostgreSQL because the job description requires it and your resume shows it in your work at Acme Payments."
            && Terms(q).Contains("postgr"));
    }

    [Fact]
    public void Plan_RequiredSkillOnlyListed_AsksAboutItAsAGap()
    {
        var plan = Plan("pair-1", InterviewMode.Customized, Backend());

        // Kubernetes is in the skills list, but no job or project uses it.
        Assert.Contains(plan.Questions, q => q.Category == "technical"
            && q.Rationale == "Asks about Kubernetes because the job description requires it and your resume names it but shows no work with it."
            && Terms(q).Overlaps(["kubernet", "k8s", "kubectl"]));
    }

    [Fact]
    public void Plan_RequiredSkillMissingFromTheResume_AsksAboutItWithNoEvidenceRationale()
    {
        var plan = Plan("pair-1", InterviewMode.Customized, Backend(), minutes: 30);

        Assert.Contains(plan.Questions, q => q.Category == "technical"
            && q.Rationale == "Asks about Apache Kafka because the job description requires it and your resume shows no evidence of it."
            && Terms(q).Contains("kafka"));
    }

    [Fact]
    public void Plan_FifteenMinutes_CoversAShownSkillAGapTheProjectAndTheUsualMix()
    {
        var plan = Plan("pair-2", InterviewMode.Customized, Backend());

        Assert.Equal("introduction", plan.Questions[0].Category);
        Assert.Contains(plan.Questions, q => q.Rationale!.Contains("and your resume shows it in", StringComparison.Ordinal));
        Assert.Contains(plan.Questions, q => q.Rationale!.Contains("shows no work with it", StringComparison.Ordinal) || q.Rationale!.Contains("no evidence", StringComparison.Ordinal));
        Assert.Contains(plan.Questions, q => q.Id == "project-ledger-service-deep-dive");
        Assert.Contains(plan.Questions, q => q.Category == "behavioral" && !q.Id.StartsWith("project-", StringComparison.Ordinal));
        Assert.Single(plan.Questions, q => q.Category == "screening");
        Assert.Equal(plan.Questions.Count, plan.Questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Plan_ResumeWithProjects_DeepDivesIntoTheProjectWithTheMostSkillsAndResults()
    {
        var plan = Plan("pair-1", InterviewMode.Customized, Backend());
        var project = Assert.Single(plan.Questions, q => q.Id.StartsWith("project-", StringComparison.Ordinal));

        Assert.Equal("project-ledger-service-deep-dive", project.Id);
        Assert.Contains("\"Ledger Service\"", project.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Recipe Box", project.Text, StringComparison.Ordinal);
        Assert.Equal("behavioral", project.Category);
        Assert.Equal(Bank.Find("beh-ownership-003")!.Rubric, project.RubricPoints);
        Assert.Equal(
            "A deep dive into \"Ledger Service\", the strongest project on your resume: it uses Go, PostgreSQL and gRPC and reports measured results. Your own part, decisions and results are what count.",
            project.Rationale);

        // Its rubric source is not asked as well: that would be the same story twice.
        Assert.DoesNotContain(Plan("pair-1", InterviewMode.Customized, Backend(), minutes: 30).Questions, q => q.Id == "beh-ownership-003");
    }

    [Fact]
    public async Task Evaluate_ProjectDeepDiveAnswers_ScoredAgainstTheOwnershipRubric()
    {
        var brain = OfflineInterviewerBrain.CreateDefault();
        var project = (await brain.PlanAsync(new PlanRequest("pair-1", InterviewMode.Customized, Backend(), TimeSpan.FromMinutes(15)), CancellationToken.None))
            .Questions.Single(q => q.Id.StartsWith("project-", StringComparison.Ordinal));
        const string strong = "I started Ledger Service because our team kept finding rounding errors in payouts, so I took it on as an open-source "
            + "double-entry ledger. I designed the schema in PostgreSQL myself, wrote the posting engine in Go and exposed it over gRPC. The key "
            + "decision was to make every entry immutable and balance each transaction in one database transaction; the trade-off was slower "
            + "corrections, which we handle with reversing entries. I drove it from the first prototype through benchmarks to the first release. "
            + "In benchmarks it handles 5,000 requests per second on one node, it has 1,200 stars, and two companies run it in production.";
        const string weak = "It was a ledger project. It went fine and people liked it.";

        var good = await brain.EvaluateAsync(new EvaluationRequest(InterviewMode.Customized, project, strong, []), CancellationToken.None);
        var poor = await brain.EvaluateAsync(new EvaluationRequest(InterviewMode.Customized, project, weak, []), CancellationToken.None);

        Assert.True(good.Score >= 6, $"a full project story scored {good.Score}: {good.Feedback}");
        Assert.True(poor.Score <= 4, $"a two-line answer scored {poor.Score}");
        Assert.DoesNotContain(good.Flags, f => f.Code == "off_topic");
    }

    [Fact]
    public void Plan_AnyPersonalisedPlan_NeverSaysTheResumeShowsASkillItDoesNotShow()
    {
        var resume = ResumeParser.Parse(Samples.BackendResume, DateOnly.FromDateTime(Today.UtcDateTime));
        foreach (var mode in Enum.GetValues<InterviewMode>())
        {
            foreach (var minutes in new[] { 15, 30 })
            {
                foreach (var q in Plan("claims-" + mode, mode, Backend(), minutes).Questions)
                {
                    var claim = ShownClaim().Match(q.Rationale!);
                    if (claim.Success)
                    {
                        var skill = claim.Groups["shown"].Value == "it" ? claim.Groups["skill"].Value : claim.Groups["shown"].Value;
                        Assert.True(resume.FindSkill(skill)?.IsEvidenced == true, $"{q.Id}: \"{q.Rationale}\" but the resume does not show {skill}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Plan_JobDescriptionOnly_AsksItsRequiredSkillsWithoutClaimsAboutAResume()
    {
        var plan = Plan("jd-only", InterviewMode.Customized, Backend(resume: null));

        Assert.Contains(plan.Questions, q => q.Rationale == "Asks about PostgreSQL because the job description requires it.");
        Assert.Contains(plan.Questions, q => q.Rationale == "Asks about Kubernetes because the job description requires it.");
        Assert.DoesNotContain(plan.Questions, q => q.Rationale!.Contains("resume", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Questions, q => q.Id.StartsWith("project-", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ResumeOnly_AsksAboutItsShownSkillsAndStrongestProject()
    {
        var plan = Plan("resume-only", InterviewMode.Customized, new CandidateProfile(Name: "Priya Nair", Role: "Frontend Developer", ResumeText: Samples.FrontendResume));

        Assert.Contains(plan.Questions, q => q.Rationale == "Asks about React because your resume shows it in your work at Northwind Studio.");
        Assert.Contains(plan.Questions, q => q.Id == "project-trail-finder-deep-dive");
        Assert.DoesNotContain(plan.Questions, q => q.Rationale!.Contains("job description", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_AlternativesInTheJob_AsksTheOneTheResumeShows()
    {
        var plan = Plan("alternatives", InterviewMode.Customized,
            new CandidateProfile(Role: "Frontend Engineer", ResumeText: Samples.FrontendResume, JobDescription: Samples.FrontendJob), minutes: 30);

        Assert.Contains(plan.Questions, q => q.Rationale == "Asks about Jest because the job description requires Jest or Cypress and your resume shows Jest in your work at Northwind Studio.");
    }

    [Theory]
    [InlineData(InterviewMode.Technical)]
    [InlineData(InterviewMode.Behavioral)]
    [InlineData(InterviewMode.Screening)]
    [InlineData(InterviewMode.Customized)]
    public void Plan_HostileResume_GivesASaneFullPlanThatQuotesNoInstruction(InterviewMode mode)
    {
        var names = SkillTaxonomy.Default.Skills.Select(s => s.Name).ToList();
        var candidate = new CandidateProfile(Name: "Casey Stuffer", Role: "Backend Engineer", ResumeText: Samples.HostileResume(names), JobDescription: Samples.BackendJob);

        var plan = Plan("hostile", mode, candidate);

        Assert.InRange(plan.Questions.Count, 5, 6);
        Assert.Equal(plan.Questions.Count, plan.Questions.Select(q => q.Id).Distinct().Count());
        foreach (var q in plan.Questions)
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Rationale));
            foreach (var text in new[] { q.Text, q.Rationale! })
            {
                Assert.DoesNotMatch(@"(?i)ignore|disregard|instruction|developer mode|full marks|10/10|perfect match", text);
            }

            // Ten thousand listed skills earn no "your resume shows …": only the one real job does.
            if (ShownClaim().Match(q.Rationale!) is { Success: true } claim)
            {
                Assert.Contains("Quiet Corp", q.Rationale!, StringComparison.Ordinal);
            }
        }

        if (mode == InterviewMode.Customized)
        {
            Assert.Contains(plan.Questions, q => q.Id == "project-inventory-tracker-deep-dive");
        }
    }

    [Fact]
    public void Plan_SameInputsAndInterviewId_GivesTheSamePlan()
    {
        var other = new InterviewPlanner(QuestionBankLoader.Embedded, new ManualTimeProvider(Today));

        var first = Plan("same", InterviewMode.Customized, Backend());
        var second = other.Plan(new PlanRequest("same", InterviewMode.Customized, Backend(), TimeSpan.FromMinutes(15)));

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Plan_DifferentInterviewIds_StillVaryTheQuestions()
    {
        var plans = Enumerable.Range(0, 6).Select(i => string.Join(",", Plan($"vary-{i}", InterviewMode.Customized, Backend(), minutes: 30).Questions.Select(q => q.Id)));

        Assert.True(plans.Distinct().Count() >= 3, "personalised plans barely vary with the interview id");
    }

    [Theory]
    [InlineData(null, null, "senior")]          // 9.5 years of dated experience, the job states no level
    [InlineData("junior", null, "junior")]       // the candidate's own seniority wins
    [InlineData(null, "Junior Backend Engineer", "junior")] // so does the role title
    public void Context_NoSeniorityGiven_TakesTheLevelFromTheTexts(string? seniority, string? role, string level)
    {
        var candidate = new CandidateProfile(Role: role ?? "Backend Engineer", Seniority: seniority, ResumeText: Samples.BackendResume,
            JobDescription: "Backend Engineer\n\nRequirements\n- PostgreSQL\n- Kubernetes");

        Assert.Equal(level, _planner.Context("level", InterviewMode.Technical, candidate).Level);
    }

    [Fact]
    public void Context_JobStatesALevel_TakesItBeforeTheResumeYears()
    {
        var candidate = new CandidateProfile(Role: "Backend Engineer", ResumeText: Samples.BackendResume, JobDescription: "Junior Backend Developer\n\nRequirements\n- PostgreSQL");

        Assert.Equal("junior", _planner.Context("level", InterviewMode.Technical, candidate).Level);
    }

    [Fact]
    public void Plan_TechnicalModeWithJobDescription_PrefersItsRequiredSkills()
    {
        var plan = Plan("tech-jd", InterviewMode.Technical, Backend());
        var technical = plan.Questions.Where(q => q.Category == "technical").ToList();

        Assert.True(technical.Count(q => q.Rationale!.StartsWith("Asks about", StringComparison.Ordinal) && q.Rationale.Contains("job description requires", StringComparison.Ordinal)) >= 2,
            string.Join("\n", technical.Select(q => q.Rationale)));
        Assert.All(technical, q => Assert.True(Bank.Find(q.Id)!.FitsTrack("backend") || q.Rationale!.StartsWith("Asks about", StringComparison.Ordinal), q.Id));
    }

    private InterviewPlan Plan(string id, InterviewMode mode, CandidateProfile candidate, int minutes = 15) =>
        _planner.Plan(new PlanRequest(id, mode, candidate, TimeSpan.FromMinutes(minutes)));

    private static IReadOnlySet<string> Terms(InterviewQuestion q) => Bank.Index.Statistics.TopicTerms(Bank.Find(q.Id)!);

    private static List<string> Describe(InterviewPlan plan) =>
        plan.Questions.Select(q => $"{q.Id}|{q.Text}|{q.Rationale}|{string.Join(";", q.RubricPoints)}").ToList();

    [GeneratedRegex(@"^Asks about (?<skill>.+?) because .*your resume shows (?<shown>.+?) in ")]
    private static partial Regex ShownClaim();
}
