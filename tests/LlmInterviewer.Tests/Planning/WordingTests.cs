using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.Planning;

/// <summary>The default plan: each question worded for the role, no candidate text sent, so plans of candidates
/// of the same kind are answered from the cache; only customized interviews are tailored to the resume.</summary>
public sealed class WordingTests
{
    private const string Worded = "As a backend engineer, tell me about a time you had to deliver under a hard deadline.";

    private const string ProjectResume = """
        Dana Example
        dana@example.com

        EXPERIENCE
        Backend Engineer, Acme Payments, Jan 2020 - Present
        - Built the payments API in Go and PostgreSQL serving 2 million requests a day
        - Cut p99 latency from 800 ms to 120 ms by adding a Redis cache

        PROJECTS
        Ledger Service
        - A double-entry ledger in Go with PostgreSQL and gRPC; reconciles 1 million entries nightly in 4 minutes

        SKILLS
        Go, PostgreSQL, Redis, gRPC, Docker
        """;

    private static readonly CandidateProfile NoResume = new("Dana", "backend engineer", "mid");

    private static PlanRequest Request(string id, InterviewMode mode, CandidateProfile candidate) => new(id, mode, candidate, TimeSpan.FromMinutes(15));

    [Fact]
    public async Task PlanAsync_Default_EachSlotWordedForTheRoleWithoutCandidateText()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Wording(Worded)));

        var plan = await h.Brain.PlanAsync(Request("iv-w1", InterviewMode.Behavioral, Samples.Candidate), CancellationToken.None);

        var worded = plan.Questions.Where(q => q.Category != "closing").ToList();
        Assert.NotEmpty(worded);
        Assert.All(worded, q => Assert.Equal(Worded, q.Text));
        Assert.All(worded, q => Assert.EndsWith("Worded for the role by the LLM (p/model-p).", q.Rationale));
        Assert.Equal(worded.Count, h.Requests.Count);
        Assert.All(h.Requests, r =>
        {
            Assert.Contains("question_wording", r.ResponseFormat);
            Assert.Contains("\"role\":\"backend\"", r.LastMessage);
            Assert.DoesNotContain("\"level\"", r.LastMessage);
            Assert.DoesNotContain("\"mode\"", r.LastMessage);
            Assert.DoesNotContain("Dana", r.LastMessage);
            Assert.DoesNotContain("2 million transactions", r.LastMessage);
            Assert.DoesNotContain("payments platform", r.LastMessage);
        });
    }

    [Fact]
    public async Task PlanAsync_AnotherCandidateOfTheSameKind_EveryWordingServedFromCache()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Wording(Worded)));
        var first = await h.Brain.PlanAsync(Request("iv-w2", InterviewMode.Technical, NoResume), CancellationToken.None);
        var calls = h.Requests.Count;

        var second = await h.Brain.PlanAsync(Request("iv-w2", InterviewMode.Technical, new CandidateProfile("Lee", "Backend  Engineer", "Mid")), CancellationToken.None);

        Assert.True(calls > 0);
        Assert.Equal(calls, h.Requests.Count);
        Assert.Equal(first.Questions.Select(q => q.Text), second.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task PlanAsync_CustomizedWithResume_OneTailoringCallThatReadsTheResume()
    {
        await using var h = await BrainHarness.StartAsync();
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(Request("iv-w3", InterviewMode.Customized, Samples.Candidate), CancellationToken.None);
        h.Script.Always(FakeBehavior.Reply(Replies.Plan((offline.Questions[0].Id, "You built a payment service in C#: how did you keep its writes idempotent?"))));

        var plan = await h.Brain.PlanAsync(Request("iv-w3", InterviewMode.Customized, Samples.Candidate), CancellationToken.None);

        var sent = Assert.Single(h.Requests);
        Assert.Contains("interview_plan", sent.ResponseFormat);
        Assert.Contains("2 million transactions", sent.LastMessage);
        Assert.Contains("\"why\":", sent.LastMessage);
        Assert.Equal("You built a payment service in C#: how did you keep its writes idempotent?", plan.Questions[0].Text);
    }

    [Fact]
    public async Task PlanAsync_TailoringNever_CustomizedInterviewWordedOnly()
    {
        await using var h = await BrainHarness.StartAsync(("Interviewer:Llm:Tailoring", "Never"));
        h.Script.Always(FakeBehavior.Reply(Replies.Wording(Worded)));

        await h.Brain.PlanAsync(Request("iv-w4", InterviewMode.Customized, Samples.Candidate), CancellationToken.None);

        Assert.NotEmpty(h.Requests);
        Assert.All(h.Requests, r => Assert.Contains("question_wording", r.ResponseFormat));
    }

    [Fact]
    public async Task PlanAsync_CustomizedNotTailored_ResumeProjectQuestionKeptAndNeverSent()
    {
        await using var h = await BrainHarness.StartAsync(("Interviewer:Llm:Tailoring", "Never"));
        h.Script.Always(FakeBehavior.Reply(Replies.Wording(Worded)));
        var candidate = new CandidateProfile("Dana", "backend engineer", "mid", ProjectResume, "We need a backend engineer with PostgreSQL and Kubernetes.");
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(Request("iv-w7", InterviewMode.Customized, candidate), CancellationToken.None);
        var project = Assert.Single(offline.Questions, q => q.Id.StartsWith("project-", StringComparison.Ordinal));

        var plan = await h.Brain.PlanAsync(Request("iv-w7", InterviewMode.Customized, candidate), CancellationToken.None);

        Assert.Equal(project, plan.Questions.Single(q => q.Id == project.Id));
        Assert.NotEmpty(h.Requests);
        Assert.All(h.Requests, r => Assert.DoesNotContain("Ledger Service", r.LastMessage));
    }

    [Fact]
    public async Task PlanAsync_OneWordingFails_OnlyThatSlotKeepsBankWordingMarkedFallback()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.ByCall(n => n == 1 ? FakeBehavior.Error(500) : FakeBehavior.Reply(Replies.Wording(Worded)));
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(Request("iv-w5", InterviewMode.Behavioral, NoResume), CancellationToken.None);

        var plan = await h.Brain.PlanAsync(Request("iv-w5", InterviewMode.Behavioral, NoResume), CancellationToken.None);

        var fallback = Assert.Single(plan.Questions, q => q.Rationale?.StartsWith("[offline-fallback]", StringComparison.Ordinal) == true);
        Assert.Equal(offline.Questions.Single(q => q.Id == fallback.Id).Text, fallback.Text);
        Assert.All(plan.Questions.Where(q => q.Category != "closing" && q.Id != fallback.Id), q => Assert.Equal(Worded, q.Text));
    }

    [Fact]
    public async Task PlanAsync_WordingCutOffOrEmpty_BankWordingMarkedFallback()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Wording(string.Join(' ', Enumerable.Repeat("very long question", 60)))));
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(Request("iv-w6", InterviewMode.Screening, NoResume), CancellationToken.None);

        var plan = await h.Brain.PlanAsync(Request("iv-w6", InterviewMode.Screening, NoResume), CancellationToken.None);

        Assert.Equal(offline.Questions.Select(q => q.Text), plan.Questions.Select(q => q.Text));
        Assert.All(plan.Questions.Where(q => q.Category != "closing"), q => Assert.StartsWith("[offline-fallback]", q.Rationale));
    }
}
