using MockInterview.Interviews.Tests.Support;

namespace MockInterview.Interviews.Tests.Reports;

public sealed class ReportRendererTests
{
    private static readonly InterviewReport Report = Build();

    [Fact]
    public void Html_CandidateText_IsEncodedNeverInjected()
    {
        var html = HtmlReportRenderer.Render(Report);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("I &lt;script&gt;alert(1)&lt;/script&gt; shipped it", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Report_ShowsScoresQuestionsTimesAndSources()
    {
        var html = HtmlReportRenderer.Render(Report);
        Assert.Contains("6.0", html, StringComparison.Ordinal);
        Assert.Contains("Question q1?", html, StringComparison.Ordinal);
        Assert.Contains("Not answered in time", html, StringComparison.Ordinal);
        Assert.Contains("tooShort", html, StringComparison.Ordinal);
        Assert.Contains("plan offline", html, StringComparison.Ordinal);
        Assert.Contains("<td>questions</td><td>5:00</td><td>15:00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_CandidateText_IsQuotedAndEscaped()
    {
        var md = MarkdownReportRenderer.Render(Report);
        Assert.Contains("# Interview report: Ada", md, StringComparison.Ordinal);
        Assert.Contains("> &lt;img src=x onerror=alert(1)&gt;", md, StringComparison.Ordinal);
        Assert.Contains("> second line \\| with pipe", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("| relevance | 6.0 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Turns_OutcomesAndTimesPerQuestion()
    {
        Assert.Equal(["answered", "timedOut", "unscored"], Report.Questions.Select(q => q.Outcome));
        Assert.Equal(60, Report.Questions[0].SecondsUsed);
        Assert.Equal(180, Report.Questions[1].SecondsUsed);
        Assert.Null(Report.Questions[1].Score);
        Assert.True(Report.EndedEarly);
        Assert.Equal(300, Report.Timing.QuestionPhaseUsedSeconds);
        Assert.Equal(["offline"], Report.Sources.Evaluations);
    }

    private static InterviewReport Build()
    {
        var interview = Samples.Interview() with { SummaryStartedAt = Samples.Start.AddMinutes(5), Summary = Samples.Summary() };
        var turns = new List<TurnRecord>
        {
            new(interview.Id, Samples.Asked("q1", 0), "<img src=x onerror=alert(1)>\nsecond line | with pipe", Samples.Start.AddMinutes(1), false, Samples.Evaluation()),
            new(interview.Id, Samples.Asked("q2", 1, Samples.Start.AddMinutes(1)), null, null, true, null),
            new(interview.Id, new AskedQuestion(AskedQuestion.Closing, 2, Samples.Start.AddMinutes(5), Samples.Start.AddMinutes(10)), "No questions.", Samples.Start.AddMinutes(6), false, null),
        };
        return ReportBuilder.Build(interview, turns, interview.Summary!, Samples.Start.AddMinutes(6), endedEarly: true);
    }
}
