using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.Planning;

public sealed class PlanTests
{
    private static readonly PlanRequest Request = new("iv-7", InterviewMode.Technical, Samples.Candidate, TimeSpan.FromMinutes(15));

    [Fact]
    public async Task PlanAsync_ValidReply_PersonalisesWordingKeepsBankIdsAndOrder()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(Request, CancellationToken.None);
        var first = offline.Questions[0];
        h.Script.Always(FakeBehavior.Reply(Replies.Plan(
            (first.Id, "You built a payment service handling 2 million transactions a day: how did you make its writes idempotent?"),
            ("invented-id", "What is your favourite colour?"))));

        var plan = await h.Brain.PlanAsync(Request, CancellationToken.None);

        Assert.Equal(offline.Questions.Select(q => q.Id), plan.Questions.Select(q => q.Id));
        Assert.Equal("You built a payment service handling 2 million transactions a day: how did you make its writes idempotent?", plan.Questions[0].Text);
        Assert.Equal(["names a system they built", "explains a trade-off"], plan.Questions[0].RubricPoints);
        Assert.StartsWith("Personalised by the LLM (p/model-p)", plan.Questions[0].Rationale);
        Assert.Equal(offline.Questions.Skip(1).Select(q => q.Text), plan.Questions.Skip(1).Select(q => q.Text));
        Assert.DoesNotContain(plan.Questions, q => q.Text.Contains("colour", StringComparison.Ordinal));
        var sent = Assert.Single(h.Requests).LastMessage!;
        Assert.Contains("2 million transactions", sent);
        Assert.Contains(first.Id, sent);
    }

    [Fact]
    public async Task PlanAsync_SameRequestTwice_SecondServedFromCacheIdentically()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(Request, CancellationToken.None);
        h.Script.Always(FakeBehavior.Reply(Replies.Plan((offline.Questions[0].Id, "How would you design retries for a payment API?"))));

        var first = await h.Brain.PlanAsync(Request, CancellationToken.None);
        var second = await h.Brain.PlanAsync(Request, CancellationToken.None);

        Assert.Single(h.Requests);
        Assert.Equal(first.Questions.Select(Key), second.Questions.Select(Key));
        Assert.StartsWith("Personalised by the LLM", second.Questions[0].Rationale);
    }

    private static string Key(InterviewQuestion q) => $"{q.Id}|{q.Text}|{q.Rationale}|{string.Join(";", q.RubricPoints)}";

    [Fact]
    public async Task PlanAsync_ReplyNamesNoPlannedId_OfflinePlanMarkedFallback()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Plan(("nope", "A question about something else entirely?"))));

        var plan = await h.Brain.PlanAsync(Request, CancellationToken.None);

        Assert.All(plan.Questions, q => Assert.StartsWith($"[{LlmSources.OfflineFallback}]", q.Rationale));
    }
}
