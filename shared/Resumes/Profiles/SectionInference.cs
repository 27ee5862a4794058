using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Profiles;

/// <summary>
/// Gives sections to a resume written without headings: dated lines open experience, degree and school lines open
/// education, comma-separated lines made mostly of skills are a skills list; the rest stays where it is.
/// </summary>
internal static class SectionInference
{
    public static List<SectionBlock> Infer(IReadOnlyList<string> lines, SkillMatcher matcher)
    {
        var blocks = new List<SectionBlock> { new(null, []) };
        foreach (var line in lines)
        {
            var current = blocks[^1];
            if (line.Length == 0 || Bullets.IsBullet(line))
            {
                current.Lines.Add(line);
                continue;
            }

            var isEducation = EducationReader.IsEducationLine(line);
            var isDated = DateRangeReader.Find(line) is not null;
            if (isEducation && !TitleWords.ContainsTitleWord(line))
            {
                Open(blocks, ResumeSection.Education).Lines.Add(line);
            }
            else if (isDated && !(current.Section == ResumeSection.Education && !TitleWords.ContainsTitleWord(line)))
            {
                if (current.Section != ResumeSection.Experience)
                {
                    var moved = TakeHeaderLines(current);
                    current = Open(blocks, ResumeSection.Experience);
                    current.Lines.AddRange(moved);
                }

                current.Lines.Add(line);
            }
            else if (IsSkillsList(line, matcher))
            {
                Open(blocks, ResumeSection.Skills).Lines.Add(line);
                blocks.Add(new SectionBlock(null, []));
            }
            else
            {
                current.Lines.Add(line);
            }
        }

        return blocks;
    }

    private static SectionBlock Open(List<SectionBlock> blocks, ResumeSection section)
    {
        if (blocks[^1].Section != section)
        {
            blocks.Add(new SectionBlock(section, []));
        }

        return blocks[^1];
    }

    // The title and employer lines just above the first date belong to the job, not to the block before it.
    private static List<string> TakeHeaderLines(SectionBlock block)
    {
        var moved = new List<string>();
        while (moved.Count < 2 && block.Lines.Count > 0)
        {
            var last = block.Lines[^1];
            if (last.Length == 0 || Bullets.IsBullet(last) || last.EndsWith('.') || ContactReader.IsContactLine(last)
                || last.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10
                || !(TitleWords.ContainsTitleWord(last) || TitleWords.ContainsEmployerWord(last) || (moved.Count == 0 && block.Section is not null)))
            {
                break;
            }

            moved.Insert(0, last);
            block.Lines.RemoveAt(block.Lines.Count - 1);
        }

        return moved;
    }

    private static bool IsSkillsList(string line, SkillMatcher matcher)
    {
        var items = line.Split([',', ';', '|', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < 4)
        {
            return false;
        }

        var skilled = items.Count(item => matcher.Find(item, SkillTextKind.SkillsList).Count > 0);
        return skilled * 2 >= items.Length;
    }
}
