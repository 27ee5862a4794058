using System.Globalization;
using System.Text;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Renders a report as Markdown; candidate text is quoted and its HTML-significant characters escaped.</summary>
public static class MarkdownReportRenderer
{
    /// <summary>The report as a Markdown document.</summary>
    public static string Render(InterviewReport report)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Interview report: {Text(report.Candidate.Name ?? "Candidate")}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Mode: {ReportFormatting.Mode(report.Mode)}");
        if (report.Candidate.Role is { } role)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Role: {Text(role)}{(report.Candidate.Seniority is { } s ? $" ({Text(s)})" : "")}");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- Date: {report.StartedAt:yyyy-MM-dd HH:mm} UTC{(report.EndedEarly ? " (ended early)" : "")}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Overall score: **{ReportFormatting.Score(report.OverallScore)} / 10**");
        md.AppendLine();
        md.AppendLine("## Scores by dimension");
        md.AppendLine();
        md.AppendLine("| dimension | score |");
        md.AppendLine("| --- | --- |");
        foreach (var (name, score) in ReportFormatting.OrderedDimensions(report.Dimensions))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Text(name)} | {ReportFormatting.Score(score)} |");
        }

        md.AppendLine();
        Highlights(md, "Strengths", report.Strengths);
        Highlights(md, "To improve", report.Improvements);
        md.AppendLine("## Interviewer's summary");
        md.AppendLine();
        md.AppendLine(Text(report.Narrative));
        md.AppendLine();
        md.AppendLine("## Questions");
        foreach (var question in report.Questions)
        {
            Question(md, question);
        }

        md.AppendLine("## Time");
        md.AppendLine();
        var t = report.Timing;
        md.AppendLine(CultureInfo.InvariantCulture, $"- Questions: {ReportFormatting.Duration(t.QuestionPhaseUsedSeconds)} used of {ReportFormatting.Duration(t.QuestionPhasePlannedSeconds)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Summary: {ReportFormatting.Duration(t.SummaryPhaseUsedSeconds)} used of {ReportFormatting.Duration(t.SummaryPhasePlannedSeconds)}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Total: {ReportFormatting.Duration(t.TotalSeconds)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"_Produced by: plan {Text(report.Sources.Plan)}, evaluations {Text(ReportFormatting.Sources(report.Sources.Evaluations))}, summary {Text(report.Sources.Summary)}._");
        return md.ToString();
    }

    private static void Highlights(StringBuilder md, string title, IReadOnlyList<Highlight> highlights)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## {title}");
        md.AppendLine();
        if (highlights.Count == 0)
        {
            md.AppendLine("- (none noted)");
        }

        foreach (var highlight in highlights)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Text(highlight.Text)}");
            if (highlight.Evidence is { } evidence)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"  > “{Text(evidence)}”");
            }
        }

        md.AppendLine();
    }

    private static void Question(StringBuilder md, ReportQuestion q)
    {
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"### {q.Number}. {Text(q.Text)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- {ReportFormatting.Outcome(q)}{(q.IsFollowUp ? ", follow-up" : "")}; {ReportFormatting.Duration(q.SecondsUsed)} used");
        if (q.Score is { } score)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Score: **{ReportFormatting.Score(score)} / 10** ({Text(q.Source ?? "")})");
        }

        foreach (var flag in q.Flags)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Flag `{Text(flag.Code)}`: {Text(flag.Message)}");
        }

        if (q.Answer is { } answer)
        {
            md.AppendLine();
            foreach (var line in answer.ReplaceLineEndings("\n").Split('\n'))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"> {Text(line)}");
            }
        }

        if (q.Feedback is { } feedback)
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Feedback: {Text(feedback)}");
        }

        foreach (var reason in q.Reasons)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Text(reason)}");
        }

        md.AppendLine();
    }

    /// <summary>Escapes what would let text turn into HTML or break the Markdown structure.</summary>
    private static string Text(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal)
            .ReplaceLineEndings(" ");
}
