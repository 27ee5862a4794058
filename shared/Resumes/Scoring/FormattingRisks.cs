using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Scoring;

/// <summary>Length and formatting risks; each found risk takes a stated share of the component.</summary>
internal static class FormattingRisks
{
    /// <summary>Fewer words than this reads as too thin for an ATS to match.</summary>
    public const int MinimumWords = 150;

    public static ComponentResult Evaluate(ResumeProfile profile)
    {
        var layout = profile.Layout;
        var risks = new List<(double Penalty, string Risk, string Suggestion)>();
        if (layout.Words < MinimumWords)
        {
            risks.Add((0.3, $"too short ({layout.Words} words)", "Expand to at least 300 words: describe each role's scope, tools and results."));
        }
        else if (layout.EstimatedPages > 3)
        {
            risks.Add((0.35, $"too long ({layout.EstimatedPages} pages)", "Cut to two pages: keep the last 10 years and the bullets that match the job."));
        }
        else if (layout.EstimatedPages > 2)
        {
            risks.Add((0.2, $"long ({layout.EstimatedPages} pages)", "Cut to two pages: drop older or unrelated bullets."));
        }

        if (!profile.Contact.IsReachable)
        {
            risks.Add((0.3, "no email or phone", "Put your email address and phone number in plain text at the top (not in a header or image)."));
        }

        if (layout.DenseParagraphs > 0)
        {
            risks.Add((Math.Min(0.2, 0.1 * layout.DenseParagraphs), $"{layout.DenseParagraphs} dense paragraph(s)", "Break long paragraphs into bullets of one or two lines each."));
        }

        if (layout.TableLines >= 3 || layout.ColumnLines >= 5)
        {
            risks.Add((0.15, "tables or columns", "Use a single-column layout without tables: many ATS read columns out of order."));
        }

        if (layout.OddCharacters >= 5)
        {
            risks.Add((layout.OddCharacters >= 20 ? 0.2 : 0.1, $"{layout.OddCharacters} unreadable characters", "Replace icons and special symbols with plain text; export the PDF with embedded standard fonts."));
        }

        if (layout.InstructionLines > 0)
        {
            risks.Add((0.3, "text addressed to AI screeners", "Remove text addressed to AI or ATS screeners: it is ignored as data and many screeners flag it."));
        }

        if (!profile.Sections.Any(s => s != ResumeSection.Contact) && layout.Words > 0)
        {
            risks.Add((0.1, "no section headings", "Use standard headings (Experience, Education, Skills) so that an ATS finds each section."));
        }

        var fraction = Math.Max(0, 1 - risks.Sum(r => r.Penalty));
        var explanation = risks.Count == 0
            ? $"{layout.Words} words on about {layout.EstimatedPages} page(s), contact details present, no formatting risks found."
            : $"{layout.Words} words on about {layout.EstimatedPages} page(s); risks: {string.Join(", ", risks.Select(r => r.Risk))}.";
        return new ComponentResult(AtsComponentKind.LengthAndFormatting, fraction, explanation, risks.Select(r => r.Suggestion).ToList());
    }
}
