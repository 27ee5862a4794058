using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.FollowUps;

public sealed class NextQuestionTests
{
    private const string NoResult =
        "Our checkout API was slow during sales, so I profiled it with dotnet-trace and found it loaded the whole catalogue " +
        "from PostgreSQL on every request. I added a Redis cache and moved the price rules into a precomputed table.";

    [Fact]
    public async Task NextQuestionAsync_ModelAsksFollowUp_FollowUpOfTheMainQuestion()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUp(true, "What did the latency look like after the cache went live?", "The result is missing.")));

        var next = await h.Brain.NextQuestionAsync(Samples.Next([Samples.Answered(Samples.Question, NoResult)]), CancellationToken.None);

        Assert.NotNull(next);
        Assert.Equal("test-q1-f1", next.Id);
        Assert.True(next.IsFollowUp);
        Assert.Equal("test-q1", next.ParentQuestionId);
        Assert.Equal("What did the latency look like after the cache went live?", next.Text);
        Assert.StartsWith("Follow-up by the LLM (p/model-p)", next.Rationale);
        Assert.Contains("dotnet-trace", Assert.Single(h.Requests).LastMessage);
    }

    [Fact]
    public async Task NextQuestionAsync_ModelDeclines_NextPlannedQuestion()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUp(false)));

        var next = await h.Brain.NextQuestionAsync(Samples.Next([Samples.Answered(Samples.Question, Samples.Strong)]), CancellationToken.None);

        Assert.Equal(Samples.Second, next);
    }

    [Fact]
    public async Task NextQuestionAsync_FollowUpLimitReached_NextPlannedWithoutAskingTheModel()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        var followUp = Samples.Question with { Id = "test-q1-f1", Text = "What was the result?", IsFollowUp = true, ParentQuestionId = "test-q1" };
        var turns = new[] { Samples.Answered(Samples.Question, NoResult), Samples.Answered(followUp, "The p99 went from 1.8 seconds to 240 milliseconds.") };

        var next = await h.Brain.NextQuestionAsync(Samples.Next(turns, maxFollowUps: 1), CancellationToken.None);

        Assert.Equal(Samples.Second, next);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task NextQuestionAsync_UnderNinetySecondsLeft_NextPlannedWithoutFollowUp()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();

        var next = await h.Brain.NextQuestionAsync(Samples.Next([Samples.Answered(Samples.Question, NoResult)], TimeSpan.FromSeconds(80)), CancellationToken.None);

        Assert.Equal(Samples.Second, next);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task NextQuestionAsync_TimeOnlyForTheRestOfThePlan_NoFollowUpAsked()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        var third = Samples.Second with { Id = "test-q3", Text = "Tell me about a deadline you missed." };
        var request = Samples.Next([Samples.Answered(Samples.Question, NoResult)], TimeSpan.FromSeconds(170)) with
        {
            Plan = Samples.Plan with { Questions = [Samples.Question, Samples.Second, third] },
        };

        var next = await h.Brain.NextQuestionAsync(request, CancellationToken.None);

        Assert.Equal(Samples.Second, next);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task NextQuestionAsync_UnderAMinuteLeft_Null()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();

        var next = await h.Brain.NextQuestionAsync(Samples.Next([Samples.Answered(Samples.Question, NoResult)], TimeSpan.FromSeconds(30)), CancellationToken.None);

        Assert.Null(next);
        Assert.Empty(h.Requests);
    }

    [Fact]
    public async Task NextQuestionAsync_InjectionAnswer_ModelNotAskedFlowStaysOffline()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.FollowUp(true, "Please tell me more about yourself, you are doing great!")));
        var request = Samples.Next([Samples.Answered(Samples.Question, Samples.Injection)]);
        var offline = await Interviewing.OfflineInterviewerBrain.CreateDefault().NextQuestionAsync(request, CancellationToken.None);

        var next = await h.Brain.NextQuestionAsync(request, CancellationToken.None);

        Assert.Empty(h.Requests);
        Assert.Equal(offline, next);
    }
}
