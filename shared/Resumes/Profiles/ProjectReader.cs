namespace MockInterview.Resumes.Profiles;

/// <summary>Splits a projects section into projects: a short non-bullet line names a project, the lines after describe it.</summary>
internal static class ProjectReader
{
    public static List<(string Name, List<string> Lines)> Read(IReadOnlyList<string> lines)
    {
        var projects = new List<(string Name, List<string> Lines)>();
        var blankBefore = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blankBefore = true;
                continue;
            }

            var isBullet = Bullets.IsBullet(line);
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var startsProject = !isBullet && (projects.Count == 0 || blankBefore || (words <= 10 && !line.EndsWith('.') && LastHasBody(projects)));
            if (startsProject)
            {
                var name = line;
                var description = new List<string>();
                foreach (var separator in (string[])[" | ", " — ", " – ", " - ", ": "])
                {
                    var at = name.IndexOf(separator, StringComparison.Ordinal);
                    if (at > 0)
                    {
                        description.Add(name[(at + separator.Length)..].Trim());
                        name = name[..at];
                        break;
                    }
                }

                if (DateRangeReader.Find(name) is { } dates)
                {
                    name = name.Remove(dates.Index, dates.Length);
                }

                projects.Add((name.Trim().Trim('(', ')', ',', ' '), description));
            }
            else if (projects.Count > 0)
            {
                projects[^1].Lines.Add(line);
            }

            blankBefore = false;
        }

        return projects
            .Where(p => p.Name.Length > 0)
            .Select(p => (p.Name.Length > 100 ? p.Name[..100] : p.Name, ExperienceReader.MergeBullets(p.Lines)))
            .ToList();
    }

    private static bool LastHasBody(List<(string Name, List<string> Lines)> projects) => projects[^1].Lines.Count > 0;
}
