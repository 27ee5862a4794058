namespace MockInterview.Resumes.Profiles;

/// <summary>
/// Splits an experience section into entries. Each date range anchors an entry; the short non-bullet lines just
/// before and after it (and the rest of its own line) hold the title and the company; the lines up to the next
/// entry are its bullets.
/// </summary>
internal static class ExperienceReader
{
    public static List<(ExperienceEntry Entry, DateRange? Dates)> Read(IReadOnlyList<string> lines, DateOnly asOf)
    {
        // A range anchors an entry; so does a single month or season on a title line ("Intern at X (Summer 2014)").
        // A bullet with dates ("• Led the 2019 - 2020 migration") is an achievement, unless it reads as a role.
        var dates = lines.Select(l => Bullets.IsBullet(l) && !IsRoleBullet(l) ? null
            : DateRangeReader.Find(l) ?? (IsHeaderLike(l) && TitleWords.ContainsTitleWord(l) ? DateRangeReader.FindSingle(l) : null)).ToList();
        var anchors = Enumerable.Range(0, lines.Count).Where(i => dates[i] is not null).ToList();
        var entries = new List<(ExperienceEntry, DateRange?)>();
        if (anchors.Count == 0)
        {
            var body = lines.Where(l => l.Length > 0).ToList();
            if (body.Count > 0)
            {
                var header = Bullets.IsBullet(body[0]) ? null : body[0];
                var bullets = body.Skip(header is null ? 0 : 1).ToList();
                var (title, company) = header is null ? (null, null) : SplitHeader([header]);
                entries.Add((new ExperienceEntry(title, company, null, null, false, 0, MergeBullets(bullets), []), null));
            }

            return entries;
        }

        // Header blocks: [start, end) around each anchor.
        var blocks = new List<(int Start, int End)>();
        var floor = 0;
        foreach (var anchor in anchors)
        {
            // "Data Engineer, Fabrikam (2022 – present)" holds its own title: the line above belongs to the entry before.
            var start = anchor;
            var remainder = lines[anchor].Remove(dates[anchor]!.Index, dates[anchor]!.Length);
            var selfContained = TitleWords.ContainsTitleWord(remainder) && HeaderPieces(remainder).Count() >= 2;
            while (!selfContained && start - 1 >= floor && anchor - start < 2 && IsHeaderLike(lines[start - 1]) && dates[start - 1] is null
                && !char.IsLower(lines[start - 1].TrimStart()[0]))
            {
                start--;
            }

            var end = anchor + 1;
            while (end < lines.Count && end - anchor <= 2 && dates[end] is null && IsHeaderLike(lines[end]) && LooksLikeTitleOrEmployer(lines[end]))
            {
                end++;
            }

            blocks.Add((start, end));
            floor = end;
        }

        for (var k = 0; k < anchors.Count; k++)
        {
            var (start, end) = blocks[k];
            var anchor = anchors[k];
            var range = dates[anchor]!;
            var headerLines = new List<string>();
            for (var i = start; i < end; i++)
            {
                var text = i == anchor ? lines[i].Remove(range.Index, range.Length) : lines[i];
                headerLines.Add(text);
            }

            var bodyEnd = k + 1 < anchors.Count ? blocks[k + 1].Start : lines.Count;
            var bullets = lines.Skip(end).Take(Math.Max(0, bodyEnd - end)).Where(l => l.Length > 0).ToList();
            var (title, company) = SplitHeader(headerLines);
            entries.Add((new ExperienceEntry(
                title,
                company,
                range.Start,
                range.IsCurrent ? null : range.End,
                range.IsCurrent,
                range.Months(asOf),
                MergeBullets(bullets),
                []), range));
        }

        return entries;
    }

    /// <summary>Title and employer from the header lines of an entry.</summary>
    internal static (string? Title, string? Company) SplitHeader(IEnumerable<string> headerLines)
    {
        var pieces = headerLines.SelectMany(HeaderPieces).ToList();
        string? title = pieces.FirstOrDefault(TitleWords.ContainsTitleWord);
        var rest = pieces.Where(p => p != title && !IsLocation(p)).ToList();
        string? company = rest.FirstOrDefault(TitleWords.ContainsEmployerWord) ?? rest.FirstOrDefault();
        if (title is null && rest.Count > 0)
        {
            title = rest[0];
            company = rest.Skip(1).FirstOrDefault();
        }

        return (Clean(title), Clean(company));
    }

    private static IEnumerable<string> HeaderPieces(string line)
    {
        var text = Bullets.Strip(line);
        foreach (var separator in (string[])[" | ", " — ", " – ", " - ", "\t", "   ", " @ ", " at ", ", ", " · ", " • ", "(", ")"])
        {
            text = text.Replace(separator, "\u0001", StringComparison.Ordinal);
        }

        return text.Split('\u0001').Select(p => p.Trim(' ', ',', '|', '(', ')', '-', '–', '—', ':')).Where(p => p.Length > 1);
    }

    private static bool IsLocation(string piece) =>
        piece.Equals("Remote", StringComparison.OrdinalIgnoreCase)
        || piece.Equals("Hybrid", StringComparison.OrdinalIgnoreCase)
        || (piece.Length == 2 && piece.All(char.IsUpper))
        || piece.StartsWith("Remote ", StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = text.Trim().TrimEnd(',', '.', ';', ':');
        return cleaned.Length is 0 or > 100 ? null : cleaned;
    }

    private static bool IsHeaderLike(string line)
    {
        if (line.Length is 0 or > 100 || Bullets.IsBullet(line))
        {
            return false;
        }

        // A full stop ends a sentence of the previous entry, but "Streamly Inc." is an employer.
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 12 && (!line.EndsWith('.') || words <= 4);
    }

    private static bool IsRoleBullet(string line)
    {
        var text = Bullets.Strip(line);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !text.EndsWith('.') && TitleWords.ContainsTitleWord(text);
    }

    private static bool LooksLikeTitleOrEmployer(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8
        && (TitleWords.ContainsTitleWord(line) || TitleWords.ContainsEmployerWord(line) || line.Contains(" | ", StringComparison.Ordinal));

    /// <summary>Bullet lines with wrapped continuation lines joined to the bullet they continue.</summary>
    internal static List<string> MergeBullets(IEnumerable<string> lines)
    {
        var merged = new List<string>();
        var anyBullet = false;
        foreach (var line in lines)
        {
            var isBullet = Bullets.IsBullet(line);
            anyBullet |= isBullet;
            var text = Bullets.Strip(line);
            if (text.Length == 0)
            {
                continue;
            }

            // A line that starts in lower case after a bullet is that bullet wrapped by the PDF's line width.
            if (!isBullet && merged.Count > 0 && (char.IsLower(text[0]) || (anyBullet && !EndsSentence(merged[^1]))))
            {
                merged[^1] = merged[^1] + " " + text;
            }
            else
            {
                merged.Add(text);
            }
        }

        return merged;
    }

    private static bool EndsSentence(string text) => text.EndsWith('.') || text.EndsWith('!') || text.EndsWith(';');
}
