using System.Text.RegularExpressions;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Profiles;

/// <summary>Reads the contact details: name and location from the first lines, email, phone and links anywhere.</summary>
internal static partial class ContactReader
{
    /// <summary>How many non-blank lines from the top may hold the name and location.</summary>
    private const int TopLines = 8;

    /// <summary>How many lines from the top may hold a name that sits below a sidebar (two-column PDFs).</summary>
    private const int SidebarLines = 60;

    /// <summary>Reads the contact details.</summary>
    /// <param name="lines">The resume's lines.</param>
    /// <param name="matcher">Used to tell a name ("Tomasz Wieczorek") from a skill ("Apache Spark").</param>
    /// <param name="headerLines">
    /// Indexes of the name and headline lines when they were found below a sidebar: the caller removes them from
    /// the section they landed in.
    /// </param>
    public static ContactInfo Read(IReadOnlyList<string> lines, SkillMatcher matcher, out IReadOnlyList<int> headerLines)
    {
        headerLines = [];
        string? email = null;
        string? phone = null;
        var links = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            // Cheap checks first: an email needs "@", a phone nine digits, a link a dot.
            if (email is null && line.Contains('@', StringComparison.Ordinal))
            {
                email = EmailPattern().Match(line) is { Success: true } e ? e.Value : null;
            }

            if (phone is null && line.Count(char.IsAsciiDigit) >= 9 && PhonePattern().Match(line) is { Success: true } p && IsPhone(p.Value))
            {
                phone = p.Value.Trim();
            }

            if (!line.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match link in LinkPattern().Matches(line))
            {
                var value = link.Value.TrimEnd('.', ',', ';', ')');
                if (!links.Contains(value, StringComparer.OrdinalIgnoreCase) && links.Count < 10)
                {
                    links.Add(value);
                }
            }
        }

        string? name = null;
        string? location = null;
        foreach (var line in lines.Where(l => l.Length > 0).Take(TopLines))
        {
            foreach (var piece in Pieces(line))
            {
                if (name is null && LooksLikeName(piece) && !IsSkill(piece, matcher))
                {
                    name = piece;
                }
                else if (location is null && LocationPattern().IsMatch(piece) && !EmailPattern().IsMatch(piece))
                {
                    location = piece;
                }
            }
        }

        if (name is null)
        {
            // Two-column PDFs put the sidebar first: the name is then a name-like line followed by a short headline.
            for (var i = 0; i < Math.Min(lines.Count, SidebarLines) && name is null; i++)
            {
                var next = NextNonEmpty(lines, i);
                if (next >= 0 && LooksLikeName(lines[i].Trim()) && !IsSkill(lines[i], matcher) && IsHeadline(lines[next]))
                {
                    name = lines[i].Trim();
                    headerLines = [i, next];
                }
            }
        }

        return new ContactInfo(name, email, phone, links, location);
    }

    private static int NextNonEmpty(IReadOnlyList<string> lines, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHeadline(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && TitleWords.ContainsTitleWord(line)
        && DateRangeReader.Find(line) is null && !SectionHeadings.TryMatch(line, out _, out _);

    // "Apache Spark" and "Google Data Analytics" look like names; a skill covering half the piece says they are not.
    private static bool IsSkill(string piece, SkillMatcher matcher) =>
        matcher.Find(piece, SkillTextKind.SkillsList).Sum(m => m.Length) * 2 >= piece.Trim().Length;

    /// <summary>True when the line is mostly contact details (to keep it out of the summary and entries).</summary>
    public static bool IsContactLine(string line) =>
        EmailPattern().IsMatch(line) || LinkPattern().IsMatch(line) || (PhonePattern().Match(line) is { Success: true } p && IsPhone(p.Value));

    private static IEnumerable<string> Pieces(string line) =>
        SeparatorPattern().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0);

    private static bool IsPhone(string candidate)
    {
        var digits = candidate.Count(char.IsAsciiDigit);
        return digits is >= 9 and <= 15;
    }

    private static bool LooksLikeName(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || piece.Length > 40 || SectionHeadings.TryMatch(piece, out _, out _))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || word.Any(c => !(char.IsLetter(c) || c is '.' or '-' or '\'')))
            {
                return false;
            }
        }

        return !TitleWords.ContainsTitleWord(piece);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w/])\+?\(?\d[\d\s().-]{7,18}\d(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(?:https?://[^\s|,;]+|www\.[^\s|,;]+|(?:linkedin\.com|github\.com|gitlab\.com|stackoverflow\.com|behance\.net|dribbble\.com|medium\.com)/[^\s|,;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}, ?(?:[A-Z]{2}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)(?: \d{5})?|Remote)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocationPattern();

    [GeneratedRegex(@"\s*(?:\||•|·|◦|▪|\t|\s{3,}| – | — | - )\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorPattern();
}
