using System.Text;

namespace MockInterview.Candidates.Resumes;

/// <summary>Makes a user's file name safe to store and show: the last path segment only, no control or
/// formatting characters, at most <see cref="MaxLength"/> characters with the extension kept.</summary>
/// <remarks>The name is only ever data: files are stored under generated keys, never under this name.</remarks>
public static class UploadFileNames
{
    /// <summary>Longest name kept.</summary>
    public const int MaxLength = 120;

    /// <summary>The name used when none is usable.</summary>
    public const string Fallback = "resume";

    /// <summary>The sanitised form of <paramref name="fileName"/>.</summary>
    public static string Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return Fallback;
        }

        var last = fileName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        var kept = new StringBuilder(last.Length);
        foreach (var rune in last.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                kept.Append(' ');
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            kept.Append(rune.ToString());
        }

        var name = kept.ToString().Trim();
        if (name.All(c => c is '.' or ' '))
        {
            return Fallback;
        }

        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length <= 10 ? extension : string.Empty;
            var cut = MaxLength - extension.Length;
            if (char.IsHighSurrogate(name[cut - 1]))
            {
                cut--;
            }

            name = name[..cut].TrimEnd() + extension;
        }

        return name;
    }
}
