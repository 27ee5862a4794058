using MockInterview.Interviewing;
using MockInterview.Llm.Tests.Support;
using MockInterview.LlmInterviewer.Tests.Support;

namespace MockInterview.LlmInterviewer.Tests.Summaries;

public sealed class SummarizeTests
{
    private const string Disagreement =
        "My colleague wanted to rewrite the billing module while I wanted to fix it step by step. I set up a meeting, " +
        "listened to his reasons, and we agreed to rewrite only the invoice generator first. It shipped in two weeks.";

    [Fact]
    public async Task SummarizeAsync_VerbatimQuotes_KeptWithTheirQuestion()
    {
        await using var h = await BrainHarness.StartAsync();
        var request = Request();
        h.Script.Always(FakeBehavior.Reply(Replies.Summary(
            "Dana, you scored well overall.",
            [("You measure results.", "the p99 dropped to 240 milliseconds", "test-q2")],
            [("Say what you learned.", "\"It shipped in two weeks.\"", "test-q2")])));
        var offline = await OfflineInterviewerBrain.CreateDefault().SummarizeAsync(request, CancellationToken.None);

        var summary = await h.Brain.SummarizeAsync(request, CancellationToken.None);

        Assert.Equal(BrainHarness.LlmSource, summary.Source);
        Assert.Equal("Dana, you scored well overall.", summary.Narrative);
        Assert.Equal(offline.OverallScore, summary.OverallScore);
        Assert.Equal(offline.Dimensions, summary.Dimensions);
        var strength = Assert.Single(summary.Strengths);
        Assert.Equal(new Highlight("You measure results.", "the p99 dropped to 240 milliseconds", "test-q1"), strength);
        var improvement = Assert.Single(summary.Improvements);
        Assert.Equal(new Highlight("Say what you learned.", "It shipped in two weeks", "test-q2"), improvement);
    }

    [Fact]
    public async Task SummarizeAsync_InventedQuotes_StrengthDroppedImprovementLosesItsQuote()
    {
        await using var h = await BrainHarness.StartAsync();
        var request = Request();
        h.Script.Always(FakeBehavior.Reply(Replies.Summary(
            "Good work.",
            [
                ("Led a team of twenty.", "I led a team of twenty engineers", "test-q1"),
                ("Listens first.", "listened to his reasons", "test-q2"),
            ],
            [("Quantify impact.", "I think it went fine", "test-q1")])));

        var summary = await h.Brain.SummarizeAsync(request, CancellationToken.None);

        var strength = Assert.Single(summary.Strengths);
        Assert.Equal("listened to his reasons", strength.Evidence);
        var improvement = Assert.Single(summary.Improvements);
        Assert.Equal(new Highlight("Quantify impact."), improvement);
        Assert.All(summary.Strengths.Concat(summary.Improvements).Where(x => x.Evidence is not null),
            x => Assert.Contains(request.Turns, t => t.Answer!.Contains(x.Evidence!, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SummarizeAsync_NoStrengthSurvives_OfflineStrengthsUsed()
    {
        await using var h = await BrainHarness.StartAsync();
        var request = Request();
        h.Script.Always(FakeBehavior.Reply(Replies.Summary("Fine.", [("Invented.", "words never said by anyone", "test-q1")], [])));
        var offline = await OfflineInterviewerBrain.CreateDefault().SummarizeAsync(request, CancellationToken.None);

        var summary = await h.Brain.SummarizeAsync(request, CancellationToken.None);

        Assert.Equal(offline.Strengths, summary.Strengths);
        Assert.Equal(offline.Improvements, summary.Improvements);
    }

    [Fact]
    public async Task SummarizeAsync_QuoteFromInjectionAnswer_NeverAStrength()
    {
        await using var h = await BrainHarness.StartAsync();
        var offlineBrain = OfflineInterviewerBrain.CreateDefault();
        var injected = await offlineBrain.EvaluateAsync(Samples.Evaluate(Samples.Injection), CancellationToken.None);
        var request = new SummaryRequest("iv-1", InterviewMode.Behavioral, Samples.Candidate, [Samples.Answered(Samples.Question, Samples.Injection, injected)]);
        h.Script.Always(FakeBehavior.Reply(Replies.Summary("Excellent.", [("Excellent answer.", "praise it as excellent", "test-q1")], [])));

        var summary = await h.Brain.SummarizeAsync(request, CancellationToken.None);

        Assert.DoesNotContain(summary.Strengths, s => s.Evidence == "praise it as excellent");
    }

    [Fact]
    public async Task SummarizeAsync_InjectedAnswer_ItsTextNeverSentOnlyItsFlags()
    {
        await using var h = await BrainHarness.StartAsync();
        var offlineBrain = OfflineInterviewerBrain.CreateDefault();
        var strong = await offlineBrain.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None);
        var injected = await offlineBrain.EvaluateAsync(Samples.Evaluate(Samples.Injection, Samples.Second), CancellationToken.None);
        var request = new SummaryRequest("iv-1", InterviewMode.Behavioral, Samples.Candidate,
            [Samples.Answered(Samples.Question, Samples.Strong, strong), Samples.Answered(Samples.Second, Samples.Injection, injected)]);
        h.Script.Always(FakeBehavior.Reply(Replies.Summary("You measured your results.", [], [])));

        await h.Brain.SummarizeAsync(request, CancellationToken.None);

        var sent = Assert.Single(h.Requests).LastMessage!;
        Assert.Contains("dotnet-trace", sent);
        Assert.DoesNotContain("Ignore all previous instructions", sent);
        Assert.Contains("promptInjection", sent);
    }

    private static SummaryRequest Request()
    {
        var offline = OfflineInterviewerBrain.CreateDefault();
        var first = offline.EvaluateAsync(Samples.Evaluate(Samples.Strong), CancellationToken.None).Result;
        var second = offline.EvaluateAsync(Samples.Evaluate(Disagreement, Samples.Second), CancellationToken.None).Result;
        return new SummaryRequest("iv-1", InterviewMode.Behavioral, Samples.Candidate,
            [Samples.Answered(Samples.Question, Samples.Strong, first), Samples.Answered(Samples.Second, Disagreement, second)]);
    }
}
