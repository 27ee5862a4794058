namespace MockInterview.Resumes.Profiles;

/// <summary>Cuts the resume into blocks at its section headings.</summary>
internal static class SectionSplitter
{
    /// <summary>Blocks in order; the first block (Section null) holds what comes before the first heading.</summary>
    public static List<SectionBlock> Split(IReadOnlyList<string> lines, out int headings)
    {
        headings = 0;
        var blocks = new List<SectionBlock> { new(null, []) };
        foreach (var line in lines)
        {
            if (!Bullets.IsBullet(line) && SectionHeadings.TryMatch(line, out var section, out var rest) && !StaysInSkills(blocks[^1].Section, section, rest))
            {
                headings++;
                blocks.Add(new SectionBlock(section, []));
                if (rest.Length > 0)
                {
                    blocks[^1].Lines.Add(rest);
                }

                continue;
            }

            blocks[^1].Lines.Add(line);
        }

        return blocks;
    }

    // "Languages: C#, Go" or "Tools: Docker" inside a skills section label a group of skills, not a new section.
    private static bool StaysInSkills(ResumeSection? current, ResumeSection next, string rest) =>
        current == ResumeSection.Skills && rest.Length > 0 && next is ResumeSection.Languages or ResumeSection.Skills or ResumeSection.Certifications;
}
