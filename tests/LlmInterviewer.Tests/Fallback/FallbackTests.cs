using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.LlmInterviewer.Tests.Fallback;

public sealed class FallbackTests
{
    public static TheoryData<string> Failures => ["500", "503", "401", "malformed", "schema", "not-json"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task EvaluateAsync_ProviderFails_OfflineEvaluationMarkedFallback(string failure)
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(Failure(failure));
        var offline = await OfflineInterviewerBrain.CreateDefault().EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);

        var evaluation = await h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);

        Assert.Equal(LlmSources.OfflineFallback, evaluation.Source);
        Assert.Equal(offline.Score, evaluation.Score);
        Assert.Equal(offline.Feedback, evaluation.Feedback);
        Assert.NotEmpty(h.Requests);
    }

    [Fact]
    public async Task EvaluateAsync_ReplyFollowsSchemaButHasNoFeedback_OfflineEvaluationMarkedFallback()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Grade(9, 9).Replace("You described the migration clearly and named the tools you used.", "  ", StringComparison.Ordinal)));

        var evaluation = await h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);

        Assert.Equal(LlmSources.OfflineFallback, evaluation.Source);
    }

    [Fact]
    public async Task SummarizeAsync_ReplyFollowsSchemaButHasNoNarrative_OfflineSummaryMarkedFallback()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Reply(Replies.Summary("", [], [])));
        var request = new SummaryRequest("iv-1", InterviewMode.Behavioral, Samples.Candidate, [Samples.Answered(Samples.Question, Samples.Strong)]);

        var summary = await h.Brain.SummarizeAsync(request, CancellationToken.None);

        Assert.Equal(LlmSources.OfflineFallback, summary.Source);
    }

    [Fact]
    public async Task EvaluateAsync_ProviderHangsPastCallTimeout_OfflineEvaluationMarkedFallback()
    {
        await using var h = await BrainHarness.StartPerTurnAsync(("Interviewer:Llm:CallTimeoutSeconds", "2"));
        h.Script.Always(FakeBehavior.Hang());

        var call = h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);
        await Eventually.TrueAsync(() => h.Requests.Count == 1, "the provider received the grading call");
        Assert.False(call.IsCompleted);
        h.Clock.Advance(TimeSpan.FromSeconds(2));

        var evaluation = await Eventually.WithinAsync(call);
        Assert.Equal(LlmSources.OfflineFallback, evaluation.Source);
    }

    [Fact]
    public async Task EvaluateAsync_CallerCancels_CancellationNotHiddenByFallback()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Hang());
        using var cancel = new CancellationTokenSource();

        var call = h.Brain.EvaluateAsync(Samples.Evaluate(Samples.Strong), cancel.Token);
        await Eventually.TrueAsync(() => h.Requests.Count == 1, "the provider received the grading call");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Eventually.WithinAsync(call));
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task SummarizeAsync_ProviderFails_OfflineSummaryMarkedFallback(string failure)
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(Failure(failure));
        var request = new SummaryRequest("iv-1", InterviewMode.Behavioral, Samples.Candidate, [Samples.Answered(Samples.Question, Samples.Strong)]);
        var offline = await OfflineInterviewerBrain.CreateDefault().SummarizeAsync(request, CancellationToken.None);

        var summary = await h.Brain.SummarizeAsync(request, CancellationToken.None);

        Assert.Equal(LlmSources.OfflineFallback, summary.Source);
        Assert.Equal(offline.Narrative, summary.Narrative);
        Assert.Equal(offline.Strengths, summary.Strengths);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("schema")]
    public async Task PlanAsync_ProviderFails_OfflinePlanWithFallbackRationales(string failure)
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(Failure(failure));
        var request = new PlanRequest("iv-7", InterviewMode.Technical, Samples.Candidate, TimeSpan.FromMinutes(15));
        var offline = await OfflineInterviewerBrain.CreateDefault().PlanAsync(request, CancellationToken.None);

        var plan = await h.Brain.PlanAsync(request, CancellationToken.None);

        Assert.Equal(offline.Questions.Select(q => (q.Id, q.Text)), plan.Questions.Select(q => (q.Id, q.Text)));
        Assert.All(plan.Questions, q => Assert.StartsWith($"[{LlmSources.OfflineFallback}]", q.Rationale));
    }

    [Fact]
    public async Task NextQuestionAsync_ProviderFails_OfflineChoiceMarkedFallback()
    {
        await using var h = await BrainHarness.StartPerTurnAsync();
        h.Script.Always(FakeBehavior.Error(500));
        var request = Samples.Next([Samples.Answered(Samples.Question, Samples.Strong)]);
        var offline = await OfflineInterviewerBrain.CreateDefault().NextQuestionAsync(request, CancellationToken.None);

        var next = await h.Brain.NextQuestionAsync(request, CancellationToken.None);

        Assert.NotNull(next);
        Assert.Equal(offline!.Id, next.Id);
        Assert.StartsWith($"[{LlmSources.OfflineFallback}]", next.Rationale);
    }

    private static FakeBehavior Failure(string kind) => kind switch
    {
        "500" => FakeBehavior.Error(500),
        "503" => FakeBehavior.Error(503),
        "401" => FakeBehavior.Unauthorized(),
        "malformed" => FakeBehavior.Malformed(),
        // Valid JSON that breaks the schema: the router rejects it.
        "schema" => FakeBehavior.Reply("{\"score\":5}"),
        "not-json" => FakeBehavior.Reply("Sure! Here is the grade: 7/10."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
