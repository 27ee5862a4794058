using System.Text;

namespace MockInterview.Interviewing.Planning;

/// <summary>Names taken from a resume (an employer, a job title, a project) made fit to quote in a question or a
/// rationale: one line, no control or formatting characters, clipped at a word boundary.</summary>
internal static class ResumeWords
{
    /// <summary>The cleaned name, at most <paramref name="max"/> characters; null when nothing readable is left.</summary>
    public static string? Clip(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder(Math.Min(text.Length, max + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                space = builder.Length > 0;
                continue;
            }

            if (c is '"' or '`' or '<' or '>' or '{' or '}')
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length > max)
            {
                break;
            }
        }

        var clean = builder.ToString().Trim(' ', '-', '–', '—', ',', ';', ':', '|', '*', '#', '(', ')');
        if (clean.Length > max)
        {
            var cut = clean.LastIndexOf(' ', max);
            var end = cut > max / 2 ? cut : char.IsHighSurrogate(clean[max - 1]) ? max - 1 : max;
            clean = clean[..end].TrimEnd(' ', '-', ',', ';', ':') + "…";
        }

        return clean.Any(char.IsLetter) ? clean : null;
    }
}
