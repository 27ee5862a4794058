using System.Text.Json;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Reports;

/// <summary>How the report tells answers scored live and graded again at the end (the LLM brain's review).</summary>
public sealed class ReportReviewTests
{
    private const string Llm = "llm:groq/llama-3.3-70b";
    private const string Fallback = "offline-fallback";

    [Fact]
    public void Build_EveryAnswerGradedAtTheEndByTheLlm_SaysScoredLiveThenGradedAtTheEnd()
    {
        var report = Build((Llm, "offline"), (Llm, "offline"));

        Assert.Equal(
            "Questions: AI language model. Scored live by the offline brain (rules and the question bank, no AI model), then graded at the end " +
            "by LLM (groq/llama-3.3-70b), whose grades are final. Summary, strengths and improvements: LLM (groq/llama-3.3-70b).",
            report.Sources.Description);
        Assert.Equal([Llm], report.Sources.Evaluations);
        Assert.Equal((8.0, 6.0, "offline"), (report.Questions[0].Score!.Value, report.Questions[0].LiveScore!.Value, report.Questions[0].LiveSource));
        Assert.Contains("Score: **8.0 / 10** (llm:groq/llama-3.3-70b; graded at the end, scored 6.0 live by offline)", MarkdownReportRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ReviewFellBackToTheOfflineBrain_SaysTheLlmWasUnavailableAndTheOfflineScoresStand()
    {
        var report = Build((Fallback, "offline"), (Fallback, "offline"));

        Assert.Equal(
            "Questions: AI language model. Scored live by the offline brain (rules and the question bank, no AI model). " +
            "All 2 answers could not be graded at the end because the LLM was unavailable; the offline brain's scores stand. " +
            "Summary, strengths and improvements: LLM (groq/llama-3.3-70b).",
            report.Sources.Description);
        Assert.Contains("(offline-fallback; not graded at the end because the LLM was unavailable, scored 6.0 live by offline)", HtmlReportRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SomeGradedSomeFellBackSomeKept_CountsEach()
    {
        var report = Build((Llm, "offline"), (Llm, "offline"), (Fallback, "offline"), ("offline", null));

        Assert.Contains(
            "Scored live by the offline brain (rules and the question bank, no AI model), then graded at the end by LLM (groq/llama-3.3-70b) for 2 of 4 answers, " +
            "whose grades are final. 1 of 4 answers could not be graded at the end because the LLM was unavailable; the offline brain's scores stand. " +
            "1 of 4 answers kept the score given live.",
            report.Sources.Description,
            StringComparison.Ordinal);
        Assert.Null(report.Questions[3].LiveScore);
        Assert.Null(report.Questions[3].LiveSource);
        Assert.Contains("Score: **6.0 / 10** (offline)", MarkdownReportRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_LiveScoreAndSource_AreCamelCaseAndNullWhenNotRegraded()
    {
        var report = Build((Llm, "offline"), ("offline", null));

        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var questions = doc.RootElement.GetProperty("questions");
        Assert.Equal(6.0, questions[0].GetProperty("liveScore").GetDouble());
        Assert.Equal("offline", questions[0].GetProperty("liveSource").GetString());
        Assert.Equal(JsonValueKind.Null, questions[1].GetProperty("liveScore").ValueKind);
    }

    private static InterviewReport Build(params (string Final, string? Live)[] answers)
    {
        var interview = Samples.Interview() with { Brain = "llm", SummaryStartedAt = Samples.Start.AddMinutes(5) };
        var turns = answers.Select((a, i) =>
            new TurnRecord(interview.Id, new AskedQuestion(Samples.Question($"q{i + 1}"), i, Samples.Start.AddMinutes(i), Samples.Start.AddMinutes(i + 3)),
                "An answer.", Samples.Start.AddMinutes(i + 1), false, Samples.Evaluation(a.Live is null ? 6 : a.Final == Fallback ? 6 : 8) with { Source = a.Final })
            {
                LiveEvaluation = a.Live is null ? null : Samples.Evaluation(6) with { Source = a.Live },
            }).ToList();
        return ReportBuilder.Build(interview, turns, Samples.Summary() with { Source = Llm }, Samples.Start.AddMinutes(6), endedEarly: false);
    }
}
