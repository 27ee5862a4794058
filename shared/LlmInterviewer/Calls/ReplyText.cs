using System.Text;

namespace MockInterview.LlmInterviewer.Calls;

/// <summary>Cleans what the model wrote before anyone sees it: control and invisible characters removed, whitespace
/// collapsed, length capped at a word boundary; lists capped and stripped of empty items.</summary>
internal static class ReplyText
{
    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = clean.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF')
            {
                continue;
            }

            if (space)
            {
                clean.Append(' ');
                space = false;
            }

            clean.Append(c);
        }

        if (clean.Length <= maxLength)
        {
            return clean.ToString();
        }

        var cut = clean.ToString(0, maxLength);
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > maxLength / 2 ? cut[..lastSpace] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }

    public static IReadOnlyList<string> List(IEnumerable<string?>? items, int maxItems, int maxLength) =>
        (items ?? [])
            .Select(i => Clean(i, maxLength))
            .Where(i => i.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(maxItems)
            .ToList();
}
