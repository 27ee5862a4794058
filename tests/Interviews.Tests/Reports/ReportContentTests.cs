using System.Text.Json;
using MockInterview.Interviewing;
using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Reports;

public sealed class ReportContentTests
{
    private const string Hostile = "# Heading\n- item [link](http://evil.example) **bold** `code` <b>x</b>\u0007 ok \u202Eevil\u202C 1. one";

    private static readonly InterviewReport Report = Build();

    [Fact]
    public void Build_AnsweredTurns_CarryStrongerAnswerStatisticsAndWhyAsked()
    {
        var first = Report.Questions[0];

        Assert.Equal(["Situation: open with one real situation.", "Result: finish with the outcome."], first.StrongerAnswer);
        Assert.Equal(40, first.Statistics!.Words);
        Assert.Equal("Asked because of <reasons>.", first.Rationale);
        Assert.Null(Report.Questions[2].Statistics);
        Assert.Equal("q1", Report.Questions[1].ParentId);
    }

    [Fact]
    public void Build_ScoredAnswers_InterviewStatisticsCountWordsLengthsAndFillers()
    {
        var s = Report.Statistics;

        Assert.Equal(2, s.Answers);
        Assert.Equal(50, s.Words);
        Assert.Equal(25, s.MeanWords);
        Assert.Equal((40, 1), (s.LongestWords, s.LongestNumber));
        Assert.Equal((10, 2), (s.ShortestWords, s.ShortestNumber));
        Assert.Equal(5, s.FillerWords);
        Assert.Equal(10, s.FillersPer100Words);
        Assert.Equal([new ReportFiller("um", 3), new ReportFiller("you know", 2)], s.TopFillers);
    }

    [Fact]
    public void Build_OfflineBrainEverywhere_SaysSoInWords()
    {
        Assert.Equal("Questions, scores and feedback: offline brain (rules and the question bank, no AI model).", Report.Sources.Description);
        Assert.Contains("Scored by: Questions, scores and feedback: offline brain (rules and the question bank, no AI model).", MarkdownReportRenderer.Render(Report), StringComparison.Ordinal);
        Assert.Contains("Scored by: Questions, scores and feedback: offline brain (rules and the question bank, no AI model).", HtmlReportRenderer.Render(Report), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Report_ShowsStrongerAnswerOutlineStatisticsAndTimePerQuestion()
    {
        var md = MarkdownReportRenderer.Render(Report);

        Assert.Contains("A stronger answer would:\n\n1. Situation: open with one real situation.\n2. Result: finish with the outcome.", md.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("- Answers: 2, 50 words in all, 25 words on average", md, StringComparison.Ordinal);
        Assert.Contains("- Filler words: 5, 10 per 100 words", md, StringComparison.Ordinal);
        Assert.Contains("- Most used: \"um\" ×3, \"you know\" ×2", md, StringComparison.Ordinal);
        Assert.Contains("- Answer: 40 words, 3 sentences, 3 fillers (\"um\" ×2, \"you know\" ×1)", md, StringComparison.Ordinal);
        Assert.Contains("- Per question: 1. 1:00, 2. 1:00, 3. 1:00", md, StringComparison.Ordinal);
        Assert.Contains("- Why this question: Asked because of &lt;reasons&gt;.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HostileCandidateText_CannotChangeTheDocumentOrCarryControlCharacters()
    {
        var md = MarkdownReportRenderer.Render(Report);

        Assert.Contains("> \\# Heading", md, StringComparison.Ordinal);
        Assert.Contains("> \\- item \\[link\\](http://evil.example) \\*\\*bold\\*\\* \\`code\\` &lt;b&gt;x&lt;/b&gt; ok evil 1. one", md, StringComparison.Ordinal);
        Assert.Contains("> “\\# Heading - item \\[link\\]", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", md, StringComparison.Ordinal);
        Assert.DoesNotContain(md, c => char.IsControl(c) && c is not ('\n' or '\r'));
        Assert.DoesNotContain('\u202E', md);
    }

    [Fact]
    public void Html_HostileCandidateText_IsEncodedAndCleaned()
    {
        var html = HtmlReportRenderer.Render(Report);

        Assert.Contains("&lt;b&gt;x&lt;/b&gt; ok evil 1. one", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>x", html, StringComparison.Ordinal);
        Assert.DoesNotContain(html, c => char.IsControl(c) && c is not ('\n' or '\r'));
        Assert.DoesNotContain('\u202E', html);
        Assert.Contains("<ol><li>Situation: open with one real situation.</li><li>Result: finish with the outcome.</li></ol>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>filler words</td><td>5, 10 per 100 words", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NewFields_AreCamelCaseAndSurviveARoundTrip()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(Report, options);
        var back = JsonSerializer.Deserialize<InterviewReport>(json, options)!;

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(10, root.GetProperty("statistics").GetProperty("fillersPer100Words").GetDouble());
        Assert.Equal("um", root.GetProperty("statistics").GetProperty("topFillers")[0].GetProperty("filler").GetString());
        Assert.Equal(2, root.GetProperty("questions")[0].GetProperty("strongerAnswer").GetArrayLength());
        Assert.Equal(40, root.GetProperty("questions")[0].GetProperty("statistics").GetProperty("words").GetInt32());
        Assert.StartsWith("Questions, scores", root.GetProperty("sources").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(Report.Statistics.TopFillers, back.Statistics.TopFillers);
        Assert.Equal(Report.Questions[0].StrongerAnswer, back.Questions[0].StrongerAnswer);
    }

    private static InterviewReport Build()
    {
        var interview = Samples.Interview() with
        {
            SummaryStartedAt = Samples.Start.AddMinutes(3),
            Summary = Samples.Summary() with { Improvements = [new Highlight("Evidence is quoted", Hostile.Replace("\n", " ", StringComparison.Ordinal)[..30], "q1")] },
        };
        var main = Samples.Question("q1") with { Rationale = "Asked because of <reasons>." };
        var first = Samples.Evaluation() with
        {
            StrongerAnswer = ["Situation: open with one real situation.", "Result: finish with the outcome."],
            Statistics = new AnswerStatistics(40, 3, 3, new Dictionary<string, int> { ["um"] = 2, ["you know"] = 1 }),
        };
        var second = Samples.Evaluation(4) with { Statistics = new AnswerStatistics(10, 1, 2, new Dictionary<string, int> { ["um"] = 1, ["you know"] = 1 }) };
        var turns = new List<TurnRecord>
        {
            new(interview.Id, new AskedQuestion(main, 0, Samples.Start, Samples.Start.AddMinutes(3)), Hostile, Samples.Start.AddMinutes(1), false, first),
            new(interview.Id, new AskedQuestion(Samples.Question("q1-f1", followUp: true), 1, Samples.Start.AddMinutes(1), Samples.Start.AddMinutes(4)), "Short follow-up answer.", Samples.Start.AddMinutes(2), false, second),
            new(interview.Id, new AskedQuestion(AskedQuestion.Closing, 2, Samples.Start.AddMinutes(3), Samples.Start.AddMinutes(8)), null, null, true, null),
        };
        return ReportBuilder.Build(interview, turns, interview.Summary!, Samples.Start.AddMinutes(4), endedEarly: false);
    }
}
