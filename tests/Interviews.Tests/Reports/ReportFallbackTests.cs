using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Reports;

public sealed class ReportFallbackTests
{
    private const string Llm = "llm:groq/llama-3.3-70b";

    [Fact]
    public void Build_SomePartsFromTheOfflineFallback_SaysWhichAndHowMany()
    {
        var report = Build(Llm, Llm, "offline-fallback", Llm);

        Assert.Equal(
            "Questions: AI language model, 1 of 4 from the offline brain because the LLM was unavailable. " +
            "Scored by: LLM (groq/llama-3.3-70b), 1 of 4 answers by the offline brain because the LLM was unavailable. " +
            "Summary, strengths and improvements: LLM (groq/llama-3.3-70b).",
            report.Sources.Description);
        Assert.Equal([Llm, "offline-fallback"], report.Sources.Evaluations);
        Assert.Contains("1 of 4 answers by the offline brain because the LLM was unavailable", MarkdownReportRenderer.Render(report), StringComparison.Ordinal);
        Assert.Contains("1 of 4 answers by the offline brain because the LLM was unavailable", HtmlReportRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LlmEverywhere_NamesTheModelWithoutFallbackCounts()
    {
        var report = Build(Llm, Llm, Llm, fallbackQuestion: false);

        Assert.Equal(
            "Questions: AI language model. Scores: LLM (groq/llama-3.3-70b). Summary, strengths and improvements: LLM (groq/llama-3.3-70b).",
            report.Sources.Description);
    }

    [Fact]
    public void SourcesDescription_EveryAnswerAndSummaryFromFallback_SaysTheLlmWasUnavailable()
    {
        var text = ReportFormatting.SourcesDescription("llm", ["offline-fallback", "offline-fallback"], "offline-fallback", ["[offline-fallback] x", "[offline-fallback] y"]);

        Assert.Equal(
            "Questions: AI language model, 2 of 2 from the offline brain because the LLM was unavailable. " +
            "Scored by: the offline brain for all 2 answers, because the LLM was unavailable. " +
            "Summary, strengths and improvements: offline brain, because the LLM was unavailable.",
            text);
    }

    private static InterviewReport Build(string s1, string s2, string s3, string? s4 = null, string summarySource = Llm, bool fallbackQuestion = true)
    {
        var interview = Samples.Interview() with { Brain = "llm", SummaryStartedAt = Samples.Start.AddMinutes(5) };
        var sources = new[] { s1, s2, s3, s4 }.OfType<string>().ToList();
        var turns = sources.Select((source, i) =>
        {
            var question = Samples.Question($"q{i + 1}") with
            {
                Rationale = fallbackQuestion && i == 2 ? "[offline-fallback] A core question." : "Personalised by the LLM (groq/llama-3.3-70b).",
            };
            return new TurnRecord(interview.Id, new AskedQuestion(question, i, Samples.Start.AddMinutes(i), Samples.Start.AddMinutes(i + 3)),
                "An answer.", Samples.Start.AddMinutes(i + 1), false, Samples.Evaluation() with { Source = source });
        }).ToList();
        return ReportBuilder.Build(interview, turns, Samples.Summary() with { Source = summarySource }, Samples.Start.AddMinutes(6), endedEarly: false);
    }
}
