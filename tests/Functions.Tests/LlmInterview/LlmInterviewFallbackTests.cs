using MockInterview.Llm.Tests.Support;

namespace MockInterview.Functions.Tests.LlmInterview;

/// <summary>With the only provider answering HTTP 500, an LLM-brain interview still runs to its report, and the report
/// says honestly that the offline brain answered in the LLM's place.</summary>
public sealed class LlmInterviewFallbackTests
{
    private const string Fallback = "offline-fallback";

    [Fact]
    public async Task Interview_ProviderFailsWith500_CompletesAndTheReportMarksTheOfflineFallback()
    {
        await using var host = await LlmInterviewHost.StartAsync();
        host.Script.Always(FakeBehavior.Error(500));

        var run = await InterviewRun.RunAsync(host.Client("llm-fallback-user"), answers: 5, (turn, _) => CandidateAnswers.For(turn));

        // The provider was really called (and failed); no wording reached the candidate.
        Assert.NotEmpty(host.Server.Requests(LlmInterviewHost.Provider));
        Assert.Empty(host.ScriptedModel.Wordings);
        Assert.All(run.Seen, q => Assert.DoesNotContain(ScriptedModel.QuestionPrefix, (string)q["text"]!, StringComparison.Ordinal));

        var questions = run.Report["questions"]!.AsArray().Where(q => (string?)q!["category"] != "closing").Select(q => q!).ToList();
        Assert.All(questions, q => Assert.StartsWith($"[{Fallback}]", (string?)q["rationale"], StringComparison.Ordinal));

        // Every answer keeps the offline score, marked as not graded at the end, with the live score beside it.
        var answered = run.Answered;
        Assert.Equal(run.Answers.Count, answered.Count);
        Assert.All(answered, q =>
        {
            Assert.Equal(Fallback, (string?)q["source"]);
            Assert.Equal("offline", (string?)q["liveSource"]);
            Assert.Equal((double?)q["liveScore"], (double?)q["score"]);
            Assert.InRange((double?)q["score"] ?? -1, 0, 10);
        });

        var sources = run.Report["sources"]!;
        Assert.Equal("llm", (string?)sources["plan"]);
        Assert.Equal([Fallback], sources["evaluations"]!.AsArray().Select(s => (string)s!));
        Assert.Equal(Fallback, (string?)sources["summary"]);
        var description = (string)sources["description"]!;
        Assert.Contains($"{questions.Count} of {questions.Count} from the offline brain because the LLM was unavailable", description, StringComparison.Ordinal);
        Assert.Contains($"All {answered.Count} answers could not be graded at the end because the LLM was unavailable", description, StringComparison.Ordinal);
        Assert.Contains("offline brain, because the LLM was unavailable", description, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)run.Report["narrative"]));
    }
}
