using System.Globalization;
using System.Net;
using System.Text;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Renders a report as one self-contained printable HTML page; every piece of text is HTML-encoded.</summary>
public static class HtmlReportRenderer
{
    private const string Style = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;max-width:52rem;margin:2rem auto;padding:0 1rem}
        h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
        h3{font-size:1rem;margin-bottom:.3rem}.meta{color:#555}.score{font-size:2rem;font-weight:700}
        table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
        blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #888;background:#f6f6f6;white-space:pre-wrap}
        .flag{display:inline-block;background:#fde2e1;color:#8a1c13;border-radius:3px;padding:0 .4rem;margin-right:.3rem;font-size:.85rem}
        .source{color:#333;font-style:italic}.question{break-inside:avoid;page-break-inside:avoid;margin-bottom:1.2rem}footer{margin-top:2rem;color:#666;font-size:.85rem}
        @media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}a{color:inherit;text-decoration:none}}
        """;

    /// <summary>The report as an HTML document.</summary>
    public static string Render(InterviewReport report)
    {
        var html = new StringBuilder();
        var title = $"Interview report: {report.Candidate.Name ?? "Candidate"}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title><style>{Style}</style></head><body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1>\n<p class=\"meta\">{E(ReportFormatting.Mode(report.Mode))} interview");
        if (report.Candidate.Role is { } role)
        {
            html.Append(CultureInfo.InvariantCulture, $" · {E(role)}");
        }

        if (report.Candidate.Seniority is { } seniority)
        {
            html.Append(CultureInfo.InvariantCulture, $" ({E(seniority)})");
        }

        html.Append(CultureInfo.InvariantCulture, $" · {E(report.StartedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC");
        html.Append(report.EndedEarly ? " · ended early</p>\n" : "</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Overall score <span class=\"score\">{ReportFormatting.Score(report.OverallScore)}</span> / 10</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"source\">Scored by: {E(ReportFormatting.ScoredBy(report.Sources))}</p>\n");

        html.Append("<h2>Scores by dimension</h2>\n<table><tr><th>dimension</th><th>score</th></tr>");
        foreach (var (name, score) in ReportFormatting.OrderedDimensions(report.Dimensions))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(name)}</td><td>{ReportFormatting.Score(score)}</td></tr>");
        }

        html.Append("</table>\n");
        Highlights(html, "Strengths", report.Strengths);
        Highlights(html, "To improve", report.Improvements);
        html.Append(CultureInfo.InvariantCulture, $"<h2>Interviewer's summary</h2>\n<p>{E(report.Narrative)}</p>\n");
        Statistics(html, report.Statistics);
        Delivery(html, report);
        html.Append("<h2>Questions</h2>\n");
        foreach (var question in report.Questions)
        {
            Question(html, question);
        }

        var t = report.Timing;
        html.Append("<h2>Time</h2>\n<table><tr><th>phase</th><th>used</th><th>planned</th></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>questions</td><td>{ReportFormatting.Duration(t.QuestionPhaseUsedSeconds)}</td><td>{ReportFormatting.Duration(t.QuestionPhasePlannedSeconds)}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>summary</td><td>{ReportFormatting.Duration(t.SummaryPhaseUsedSeconds)}</td><td>{ReportFormatting.Duration(t.SummaryPhasePlannedSeconds)}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>total</td><td>{ReportFormatting.Duration(t.TotalSeconds)}</td><td></td></tr></table>\n");
        if (report.Questions.Count > 0)
        {
            html.Append("<table><tr><th>question</th><th>used</th></tr>");
            foreach (var q in report.Questions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{q.Number}{(q.IsFollowUp ? " (follow-up)" : "")}</td><td>{ReportFormatting.Duration(q.SecondsUsed)}</td></tr>");
            }

            html.Append("</table>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<footer>Produced by: plan {E(report.Sources.Plan)}, evaluations {E(ReportFormatting.Sources(report.Sources.Evaluations))}, summary {E(report.Sources.Summary)}. {E(ReportFormatting.ScoredBy(report.Sources))} Interview {E(report.InterviewId)}.</footer>\n");
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void Highlights(StringBuilder html, string title, IReadOnlyList<Highlight> highlights)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2>\n<ul>");
        if (highlights.Count == 0)
        {
            html.Append("<li>(none noted)</li>");
        }

        foreach (var highlight in highlights)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(highlight.Text)}");
            if (highlight.Evidence is { } evidence)
            {
                html.Append(CultureInfo.InvariantCulture, $"<blockquote>{E(evidence)}</blockquote>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static void Statistics(StringBuilder html, ReportStatistics s)
    {
        html.Append("<h2>Length and filler words</h2>\n");
        if (s.Answers == 0)
        {
            html.Append("<p>No answers to measure.</p>\n");
            return;
        }

        html.Append("<table>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>answers</td><td>{s.Answers}</td></tr><tr><td>words in all</td><td>{s.Words}</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>words per answer</td><td>{ReportFormatting.Number(s.MeanWords)} on average; longest {s.LongestWords} (question {s.LongestNumber}); shortest {s.ShortestWords} (question {s.ShortestNumber})</td></tr>");
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>filler words</td><td>{s.FillerWords}, {ReportFormatting.Number(s.FillersPer100Words)} per 100 words (about 1 is natural; above 3 distracts)</td></tr>");
        if (s.TopFillers.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>most used</td><td>{E(ReportFormatting.Fillers(s.TopFillers.Select(f => (f.Filler, f.Count))))}</td></tr>");
        }

        html.Append("</table>\n");
    }

    private static void Delivery(StringBuilder html, InterviewReport report)
    {
        if (report.Delivery is null && report.Voice is null)
        {
            return;
        }

        html.Append("<h2>Delivery</h2>\n<ul>");
        var lines = report.Delivery is { } delivery ? DeliveryFormatting.Interview(delivery) : ["No scored answer was spoken, so there is no delivery to measure."];
        foreach (var line in lines.Concat(report.Voice is { } voice ? DeliveryFormatting.Voice(voice) : []))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(line)}</li>");
        }

        html.Append("</ul>\n");
    }

    private static void Question(StringBuilder html, ReportQuestion q)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"question\"><h3>{q.Number}. {E(q.Text)}</h3>\n<p class=\"meta\">{E(ReportFormatting.Outcome(q))}");
        html.Append(q.IsFollowUp ? " · follow-up" : "");
        html.Append(CultureInfo.InvariantCulture, $" · {ReportFormatting.Duration(q.SecondsUsed)} used");
        if (q.Score is { } score)
        {
            html.Append(CultureInfo.InvariantCulture, $" · score <strong>{ReportFormatting.Score(score)}</strong> / 10 ({E(ReportFormatting.ScoreSource(q))})");
        }

        html.Append("</p>\n");
        if (q.Rationale is { Length: > 0 } rationale)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Why this question: {E(rationale)}</p>\n");
        }

        if (q.Statistics is { Words: > 0 } stats)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Answer: {E(ReportFormatting.AnswerStatistics(stats))}</p>\n");
        }

        if (DeliveryFormatting.AnsweredBy(q) is { } by)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{E(by)}</p>\n");
        }

        if (q.Delivery is { } delivery)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Delivery: {E(DeliveryFormatting.Answer(delivery))}</p>\n");
        }

        if (q.Caveat is { } caveat)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">Note: {E(caveat)}</p>\n");
        }

        foreach (var flag in q.Flags)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"flag\" title=\"{E(flag.Message)}\">{E(flag.Code)}</span>");
        }

        if (q.Answer is { } answer)
        {
            html.Append(CultureInfo.InvariantCulture, $"<blockquote>{E(answer)}</blockquote>\n");
        }

        if (q.Feedback is { } feedback)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(feedback)}</p>\n");
        }

        if (q.Reasons.Count > 0)
        {
            html.Append("<ul>");
            foreach (var reason in q.Reasons)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(reason)}</li>");
            }

            html.Append("</ul>\n");
        }

        if (q.StrongerAnswer.Count > 0)
        {
            html.Append("<p>A stronger answer would:</p><ol>");
            foreach (var step in q.StrongerAnswer)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(step)}</li>");
            }

            html.Append("</ol>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>HTML-encoded, with control and invisible direction characters removed.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(ReportFormatting.Clean(text));
}
