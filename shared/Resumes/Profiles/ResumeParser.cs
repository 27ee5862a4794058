using MockInterview.Resumes.Skills;
using MockInterview.Resumes.Text;

namespace MockInterview.Resumes.Profiles;

/// <summary>
/// Reads the plain text of a resume into a <see cref="ResumeProfile"/> with deterministic, explainable rules.
/// Everything in the text is data: lines written as instructions to an AI are set aside and reported.
/// </summary>
public static class ResumeParser
{
    /// <summary>Parses a resume with the default skills taxonomy.</summary>
    /// <param name="text">The resume as plain text (any length; only the first 200,000 characters are read).</param>
    /// <param name="asOf">The date that "Present" means when months of experience are counted.</param>
    public static ResumeProfile Parse(string text, DateOnly asOf) => Parse(text, asOf, SkillMatcher.Default);

    /// <summary>Parses a resume with the given skill matcher.</summary>
    public static ResumeProfile Parse(string text, DateOnly asOf, SkillMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matcher);
        var plain = PlainText.From(text);
        var warnings = plain.InitialWarnings();

        var lines = plain.Lines.ToList();
        var instructionLines = SetAsideInstructions(lines, warnings);
        var contact = ContactReader.Read(lines, matcher, out var headerLines);
        foreach (var index in headerLines)
        {
            lines[index] = string.Empty;
        }

        var blocks = SectionSplitter.Split(lines, out var headings);
        if (headings == 0)
        {
            blocks = SectionInference.Infer(lines, matcher);
            if (lines.Any(l => l.Length > 0))
            {
                warnings.Add("No section headings were found; sections were inferred from dates, degrees and skill lists.");
            }
        }

        var tally = new SkillTally();
        var experience = new List<ExperienceEntry>();
        var spans = new List<(int First, int Last)>();
        var education = new List<EducationEntry>();
        var projects = new List<ProjectEntry>();
        var certifications = new List<string>();
        var summary = new List<string>();
        foreach (var block in blocks)
        {
            switch (block.Section)
            {
                case ResumeSection.Experience:
                    foreach (var (entry, dates) in ExperienceReader.Read(block.Lines, asOf))
                    {
                        // The employer's name is not a skill of the candidate ("Cartwheel Logistics"); the title and bullets are.
                        var entryText = string.Join('\n', new[] { entry.Title }.OfType<string>().Concat(entry.Bullets));
                        experience.Add(entry with { Skills = tally.Add(matcher.Find(entryText), ResumeSection.Experience) });
                        if (dates is not null && dates.Months(asOf) > 0)
                        {
                            spans.Add(dates.MonthSpan(asOf));
                        }
                    }

                    break;
                case ResumeSection.Projects:
                    foreach (var (name, projectLines) in ProjectReader.Read(block.Lines))
                    {
                        var projectText = string.Join('\n', projectLines.Prepend(name));
                        projects.Add(new ProjectEntry(name, projectLines, tally.Add(matcher.Find(projectText), ResumeSection.Projects)));
                    }

                    break;
                case ResumeSection.Skills:
                    tally.Add(matcher.Find(SkillsSectionText.Of(block.Lines, matcher), SkillTextKind.SkillsList), ResumeSection.Skills);
                    break;
                case ResumeSection.Education:
                    education.AddRange(EducationReader.Read(block.Lines));
                    tally.Add(matcher.Find(block.Text), ResumeSection.Education);
                    break;
                case ResumeSection.Certifications:
                    certifications.AddRange(CertificationReader.Read(block.Lines));
                    tally.Add(matcher.Find(block.Text), ResumeSection.Certifications);
                    break;
                case ResumeSection.Summary:
                    summary.AddRange(block.Lines.Where(l => l.Length > 0).Select(Bullets.Strip));
                    tally.Add(matcher.Find(block.Text), ResumeSection.Summary);
                    break;
                case null:
                    summary.AddRange(TopSummaryLines(block.Lines, !blocks.Any(b => b.Section == ResumeSection.Summary)));
                    tally.Add(matcher.Find(block.Text), null);
                    break;
                default:
                    tally.Add(matcher.Find(block.Text), block.Section);
                    break;
            }
        }

        var sections = blocks.Where(b => b.Section is not null && b.Lines.Any(l => l.Length > 0)).Select(b => b.Section!.Value).Distinct().ToList();
        if (contact.IsReachable && !sections.Contains(ResumeSection.Contact))
        {
            sections.Insert(0, ResumeSection.Contact);
        }

        var years = Math.Round(MergedMonths(spans) / 12.0, 1);
        AddWarnings(warnings, contact, experience, plain);
        return new ResumeProfile(
            contact,
            summary.Count == 0 ? null : string.Join(' ', summary),
            experience,
            years,
            education,
            tally.ToList(),
            projects,
            certifications,
            sections,
            LayoutMeter.Measure(plain, instructionLines),
            warnings,
            asOf);
    }

    /// <summary>Months covered by the periods, overlaps counted once.</summary>
    internal static int MergedMonths(IEnumerable<(int First, int Last)> spans)
    {
        var total = 0;
        var currentFirst = -1;
        var currentLast = -2;
        foreach (var (first, last) in spans.OrderBy(s => s.First).ThenBy(s => s.Last))
        {
            if (first > currentLast + 1)
            {
                total += currentLast - currentFirst + 1;
                (currentFirst, currentLast) = (first, last);
            }
            else
            {
                currentLast = Math.Max(currentLast, last);
            }
        }

        return total + (currentLast - currentFirst + 1);
    }

    private static int SetAsideInstructions(List<string> lines, List<string> warnings)
    {
        var found = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (InstructionText.IsInstructionLike(lines[i]))
            {
                found.Add(i + 1);
                lines[i] = string.Empty;
            }
        }

        if (found.Count > 0)
        {
            var where = string.Join(", ", found.Take(5)) + (found.Count > 5 ? ", …" : string.Empty);
            warnings.Add($"{found.Count} line(s) read like instructions to an AI or a screener (line {where}); they were treated as data and earn nothing.");
        }

        return found.Count;
    }

    // Without a summary heading, a long sentence near the top (not the name, not contact details) is the summary.
    private static IEnumerable<string> TopSummaryLines(List<string> lines, bool allow) =>
        !allow ? [] : lines.Where(l => l.Length > 0 && !ContactReader.IsContactLine(l) && !Bullets.IsBullet(l) && IsSentence(l)).Take(4);

    private static bool IsSentence(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 12 || (words >= 8 && line.EndsWith('.'));
    }

    private static void AddWarnings(List<string> warnings, ContactInfo contact, List<ExperienceEntry> experience, PlainText plain)
    {
        if (!contact.IsReachable)
        {
            warnings.Add("No email address or phone number was found.");
        }

        if (experience.Count > 0 && experience.All(e => e.Start is null))
        {
            warnings.Add("Experience entries have no dates that could be read, so years of experience are unknown.");
        }

        if (plain.OddCharacters > 0)
        {
            warnings.Add($"{plain.OddCharacters} character(s) could not be read (symbols, icons or unmapped glyphs).");
        }
    }
}
