using System.Globalization;
using System.Text;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Renders a report as Markdown. Text from the candidate (and from a brain) is cleaned of control characters,
/// its HTML-significant characters are written as entities and its Markdown syntax is escaped, so it can neither inject
/// HTML nor change the document's structure.</summary>
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
        md.AppendLine(CultureInfo.InvariantCulture, $"- Scored by: {Text(ReportFormatting.ScoredBy(report.Sources))}");
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
        Statistics(md, report.Statistics);
        Delivery(md, report);
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
        if (report.Questions.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Per question: {string.Join(", ", report.Questions.Select(q => $"{q.Number}. {ReportFormatting.Duration(q.SecondsUsed)}"))}");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"_Produced by: plan {Text(report.Sources.Plan)}, evaluations {Text(ReportFormatting.Sources(report.Sources.Evaluations))}, summary {Text(report.Sources.Summary)}. {Text(ReportFormatting.ScoredBy(report.Sources))}_");
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

    private static void Statistics(StringBuilder md, ReportStatistics s)
    {
        md.AppendLine("## Length and filler words");
        md.AppendLine();
        if (s.Answers == 0)
        {
            md.AppendLine("- No answers to measure.");
            md.AppendLine();
            return;
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"- Answers: {s.Answers}, {s.Words} words in all, {ReportFormatting.Number(s.MeanWords)} words on average");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Longest: {s.LongestWords} words (question {s.LongestNumber}); shortest: {s.ShortestWords} words (question {s.ShortestNumber})");
        md.AppendLine(CultureInfo.InvariantCulture, $"- Filler words: {s.FillerWords}, {ReportFormatting.Number(s.FillersPer100Words)} per 100 words (about 1 is natural; above 3 distracts)");
        if (s.TopFillers.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Most used: {Text(ReportFormatting.Fillers(s.TopFillers.Select(f => (f.Filler, f.Count))))}");
        }

        md.AppendLine();
    }

    private static void Delivery(StringBuilder md, InterviewReport report)
    {
        if (report.Delivery is null && report.Voice is null)
        {
            return;
        }

        md.AppendLine("## Delivery");
        md.AppendLine();
        var lines = report.Delivery is { } delivery ? DeliveryFormatting.Interview(delivery) : ["No scored answer was spoken, so there is no delivery to measure."];
        foreach (var line in lines.Concat(report.Voice is { } voice ? DeliveryFormatting.Voice(voice) : []))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Text(line)}");
        }

        md.AppendLine();
    }

    private static void Question(StringBuilder md, ReportQuestion q)
    {
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"### {q.Number}. {Text(q.Text)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- {ReportFormatting.Outcome(q)}{(q.IsFollowUp ? ", follow-up" : "")}; {ReportFormatting.Duration(q.SecondsUsed)} used");
        if (q.Rationale is { Length: > 0 } rationale)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Why this question: {Text(rationale)}");
        }

        if (q.Score is { } score)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Score: **{ReportFormatting.Score(score)} / 10** ({Text(ReportFormatting.ScoreSource(q))})");
        }

        if (q.Statistics is { Words: > 0 } stats)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Answer: {Text(ReportFormatting.AnswerStatistics(stats))}");
        }

        if (DeliveryFormatting.AnsweredBy(q) is { } by)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Text(by)}");
        }

        if (q.Delivery is { } delivery)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Delivery: {Text(DeliveryFormatting.Answer(delivery))}");
        }

        if (q.Caveat is { } caveat)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Note: {Text(caveat)}");
        }

        foreach (var flag in q.Flags)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- Flag `{Code(flag.Code)}`: {Text(flag.Message)}");
        }

        if (q.Answer is { } answer)
        {
            md.AppendLine();
            foreach (var line in ReportFormatting.Clean(answer.ReplaceLineEndings("\n")).Split('\n'))
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

        if (q.StrongerAnswer.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("A stronger answer would:");
            md.AppendLine();
            for (var i = 0; i < q.StrongerAnswer.Count; i++)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {Text(q.StrongerAnswer[i])}");
            }
        }

        md.AppendLine();
    }

    /// <summary>A flag code inside backticks: only letters and digits survive.</summary>
    private static string Code(string code) => new(code.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>Inline text: control characters removed, line breaks flattened, HTML-significant characters as entities,
    /// and every Markdown punctuation character that could start emphasis, links, code, headings, lists or tables escaped.</summary>
    internal static string Text(string text)
    {
        var clean = ReportFormatting.Clean(text).ReplaceLineEndings(" ").Replace('\t', ' ');
        var md = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&': md.Append("&amp;"); break;
                case '<': md.Append("&lt;"); break;
                case '>': md.Append("&gt;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!' or '{' or '}':
                    md.Append('\\').Append(c);
                    break;
                default: md.Append(c); break;
            }
        }

        // A line that starts like a list item ("- x", "+ x", "1. x") would become one.
        var escaped = md.ToString();
        var lead = escaped.TrimStart();
        if (lead.Length > 0 && (lead[0] is '-' or '+' || (char.IsDigit(lead[0]) && lead.TakeWhile(char.IsDigit).Count() is var n && n < lead.Length && lead[n] is '.' or ')')))
        {
            var at = escaped.Length - lead.Length + (lead[0] is '-' or '+' ? 0 : lead.TakeWhile(char.IsDigit).Count());
            escaped = escaped[..at] + "\\" + escaped[at..];
        }

        return escaped;
    }
}
