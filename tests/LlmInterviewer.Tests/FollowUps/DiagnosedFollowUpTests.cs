using System.Text.Json.Nodes;
using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.FollowUps;

/// <summary>The default follow-ups: the offline rules decide whether and on what, the model only words it, and the
/// answer never reaches the model.</summary>
public sealed class DiagnosedFollowUpTests
{
    private const string NoResult =
        "Our order service was slow during the spring sale and customers complained. I looked at the traces with my team, " +
        "we talked through the options with the product owner and then I changed how the service cached the price rules.";

    private const string OtherNoResult =
        "Our search service was slow during the autumn launch and users complained. I looked at the profiles with my team, " +
        "we talked through the options with the tech lead and then I changed how the service loaded its ranking rules.";

    private const string Worded = "How did the caching change on that service work out, and what did it do to latency in numbers?";

    /// <summary>A behavioral bank question (only bank questions are worded by the model).</summary>
    private static readonly InterviewQuestion Main = OfflineInterviewerBrain.CreateDefault()
        .PlanAsync(new PlanRequest("iv-main", InterviewMode.Behavioral, new CandidateProfile(Role: "backend engineer"), TimeSpan.FromMinutes(15)), CancellationToken.None)
        .Result.Questions.First(q => q.Category == "behavioral");

    private static NextQuestionRequest After(string answer, int maxFollowUps = 1) =>
        Samples.Next([Samples.Answered(Main, answer)], maxFollowUps: maxFollowUps) with { Plan = new InterviewPlan(InterviewMode.Behavioral, [Main, Samples.Second]) };

    [Fact]
    public async Task NextQuestionAsync_StoryWithoutResult_OfflineDecidesModelWordsWithoutSeeingTheAnswer()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUpWording(Worded)));

        var next = await h.Brain.NextQuestionAsync(After(NoResult), CancellationToken.None);

        Assert.NotNull(next);
        Assert.True(next.IsFollowUp);
        Assert.Equal(Main.Id, next.ParentQuestionId);
        Assert.Equal(Worded, next.Text);
        Assert.Contains("States the outcome", next.RubricPoints);
        Assert.EndsWith("Worded for the question by the LLM (p/model-p).", next.Rationale);
        var sent = Assert.Single(h.Requests);
        Assert.Contains("follow_up_wording", sent.ResponseFormat);
        Assert.DoesNotContain("spring sale", sent.LastMessage);
        Assert.DoesNotContain("Dana", sent.LastMessage);
    }

    [Fact]
    public async Task NextQuestionAsync_SameDiagnosisForAnotherCandidate_ServedFromCache()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUpWording(Worded)));
        var first = await h.Brain.NextQuestionAsync(After(NoResult), CancellationToken.None);

        var second = await h.Brain.NextQuestionAsync(
            After(OtherNoResult) with { InterviewId = "iv-2", Candidate = Samples.Candidate with { Name = "Lee" } },
            CancellationToken.None);

        Assert.Single(h.Requests);
        Assert.Equal(first?.Text, second?.Text);
    }

    [Fact]
    public async Task NextQuestionAsync_MainQuestionAskedInOtherWords_FollowUpRequestCarriesTheBankWording()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUpWording(Worded)));
        var offline = OfflineInterviewerBrain.CreateDefault();
        var plan = await offline.PlanAsync(new PlanRequest("iv-b", InterviewMode.Behavioral, Samples.Candidate, TimeSpan.FromMinutes(15)), CancellationToken.None);
        var bankQuestion = plan.Questions.First(q => q.Category == "behavioral");
        var tailored = bankQuestion with { Text = "At your payments company, tell me about a time you had to win over a sceptical colleague." };
        var request = Samples.Next([Samples.Answered(tailored, NoResult)]) with { Plan = plan with { Questions = [tailored] } };

        var next = await h.Brain.NextQuestionAsync(request, CancellationToken.None);

        Assert.True(next?.IsFollowUp);
        var sent = Assert.Single(h.Requests).LastMessage!;
        var data = JsonNode.Parse(sent[(sent.IndexOf("<candidate_data>", StringComparison.Ordinal) + 16)..sent.IndexOf("</candidate_data>", StringComparison.Ordinal)])!;
        Assert.Equal(offline.BankText(bankQuestion.Id), (string?)data["question"]);
        Assert.DoesNotContain("payments company", sent);
    }

    [Fact]
    public async Task NextQuestionAsync_FollowUpOfAQuestionBuiltFromTheResume_OfflineWordingNoModelCall()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUpWording(Worded)));
        var project = Samples.Question with { Id = "project-ledger-service-deep-dive", Text = "Walk me through Ledger Service, the project on your resume." };
        var request = Samples.Next([Samples.Answered(project, NoResult)]) with { Plan = new InterviewPlan(InterviewMode.Customized, [project, Samples.Second]) };

        var next = await h.Brain.NextQuestionAsync(request, CancellationToken.None);

        Assert.True(next?.IsFollowUp);
        Assert.NotEqual(Worded, next!.Text);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task NextQuestionAsync_InjectionAnswer_NoFollowUpAndNoModelCall()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUpWording(Worded)));

        var next = await h.Brain.NextQuestionAsync(Samples.Next([Samples.Answered(Samples.Question, Samples.Injection)]), CancellationToken.None);

        Assert.Equal(Samples.Second.Id, next?.Id);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task NextQuestionAsync_WordingFails_OfflineFollowUpMarkedFallback()
    {
        await using var h = await BrainHarness.StartAsync();
        h.Script.Always(FakeBehavior.Error(503));

        var next = await h.Brain.NextQuestionAsync(After(NoResult), CancellationToken.None);

        Assert.NotNull(next);
        Assert.True(next.IsFollowUp);
        Assert.StartsWith("[offline-fallback]", next.Rationale);
        Assert.Contains("result", next.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NextQuestionAsync_NoFollowUpDue_PlannedQuestionAsWordedAtPlanTimeNoModelCall()
    {
        await using var h = await BrainHarness.StartAsync();

        var next = await h.Brain.NextQuestionAsync(Samples.Next([Samples.Answered(Samples.Question, NoResult)], maxFollowUps: 0), CancellationToken.None);

        Assert.Same(Samples.Second, next);
        Assert.Empty(h.Requests);
    }
}
