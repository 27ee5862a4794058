using System.Text.RegularExpressions;
using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Jobs;

/// <summary>
/// Finds the job title: a "Job Title:" label, else a short first line with a title word ("We're hiring: Frontend
/// Developer at Pixelpine" gives "Frontend Developer"), else "looking for a Senior Engineer" in the first lines.
/// </summary>
internal static partial class JobTitleReader
{
    public static string? Find(List<string> lines)
    {
        foreach (var line in lines.Take(15))
        {
            var labelled = TitleLabel().Match(line);
            if (labelled.Success)
            {
                return Clip(labelled.Groups["t"].Value);
            }
        }

        foreach (var line in lines.Where(l => l.Length > 0).Take(3))
        {
            if (JobHeadings.TryMatch(line, out _, out _))
            {
                break;
            }

            var candidate = Bullets.Strip(line);
            var colon = candidate.IndexOf(':');
            if (colon > 0 && !TitleWords.ContainsTitleWord(candidate[..colon]))
            {
                // "We're hiring: Frontend Developer" names the title after the colon.
                candidate = candidate[(colon + 1)..].Trim();
            }

            var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words <= 12 && !candidate.EndsWith('.') && TitleWords.ContainsTitleWord(candidate))
            {
                var cut = candidate.IndexOfAny(['|', '(', '@']);
                foreach (var separator in (string[])[" - ", " – ", " — ", " at "])
                {
                    var at = candidate.IndexOf(separator, StringComparison.Ordinal);
                    cut = at > 0 && (cut < 0 || at < cut) && TitleWords.ContainsTitleWord(candidate[..at]) ? at : cut;
                }

                return Clip(cut > 0 ? candidate[..cut] : candidate);
            }
        }

        var hiring = HiringPattern().Match(string.Join(' ', lines.Take(10)));
        return hiring.Success ? Clip(hiring.Groups["t"].Value) : null;
    }

    private static string? Clip(string text)
    {
        var trimmed = text.Trim().Trim(':', '-', '–', ',', '.', '*', '#', ' ');
        return trimmed.Length is 0 or > 100 ? null : trimmed;
    }

    [GeneratedRegex(@"^\s*(?:job title|title|position|role|job)\s*:\s*(?<t>.{3,100})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"\b(?:looking for|hiring|seeking|searching for)\s+(?:an?\s+|our\s+(?:next|first)\s+|a\s+talented\s+|an\s+experienced\s+)?(?<t>[A-Z][\w+#./-]*(?:\s+[A-Z][\w+#./-]*){0,5})", RegexOptions.CultureInvariant)]
    private static partial Regex HiringPattern();
}
