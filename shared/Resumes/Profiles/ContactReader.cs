using System.Text.RegularExpressions;

namespace MockInterview.Resumes.Profiles;

/// <summary>Reads the contact details: name and location from the first lines, email, phone and links anywhere.</summary>
internal static partial class ContactReader
{
    /// <summary>How many non-blank lines from the top may hold the name and location.</summary>
    private const int TopLines = 8;

    public static ContactInfo Read(IReadOnlyList<string> lines)
    {
        string? email = null;
        string? phone = null;
        var links = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            email ??= EmailPattern().Match(line) is { Success: true } e ? e.Value : null;
            if (phone is null && PhonePattern().Match(line) is { Success: true } p && IsPhone(p.Value))
            {
                phone = p.Value.Trim();
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
                if (name is null && LooksLikeName(piece))
                {
                    name = piece;
                }
                else if (location is null && LocationPattern().IsMatch(piece) && !EmailPattern().IsMatch(piece))
                {
                    location = piece;
                }
            }
        }

        return new ContactInfo(name, email, phone, links, location);
    }

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
