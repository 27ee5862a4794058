using System.Text;

namespace MockInterview.Documents.Normalization;

/// <summary>Makes extracted text safe and uniform for every format: line breaks as <c>\n</c>, control, format and
/// bidi-override characters removed (tabs and newlines kept), NFC, trailing spaces trimmed, at most one blank line
/// in a row, and a hard cap on length.</summary>
/// <remarks>Bidi overrides and isolates can make text display in a different order than it is stored (a classic way
/// to hide instructions from a reviewer), so they go. Private-use characters are icon-font glyphs (phone, e-mail
/// symbols in resumes) with no meaning as text. Ligatures such as "ﬁ", which PDFs often carry, are spelled out so
/// that words match.</remarks>
internal static class TextNormalizer
{
    public static NormalizedText Normalize(string raw, int maxChars)
    {
        var cleaned = CanonicalComposer.ToNfc(Clean(raw));
        var text = CollapseLines(cleaned);
        if (text.Length <= maxChars)
        {
            return new NormalizedText(text, false);
        }

        var cut = maxChars;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // End on a whole word when a break is near, so that the last word is not a fragment.
        var lastBreak = text.AsSpan(0, cut).LastIndexOfAny(' ', '\n', '\t');
        if (lastBreak > cut - 200 && lastBreak > 0)
        {
            cut = lastBreak;
        }

        return new NormalizedText(text[..cut].TrimEnd(), true);
    }

    private static string Clean(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, raw[i + 1]);
                if (!IsPrivateUseOrNonCharacter(codePoint))
                {
                    builder.Append(c).Append(raw[i + 1]);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\t':
                    builder.Append(c);
                    break;
                case '\f' or '\u2029':
                    builder.Append("\n\n");
                    break;
                case '\v' or '\u0085' or '\u2028':
                    builder.Append('\n');
                    break;
                case '\u00A0' or '\u2007' or '\u202F':
                    builder.Append(' ');
                    break;
                case >= '\uFB00' and <= '\uFB06':
                    builder.Append(Ligature(c));
                    break;
                default:
                    if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (!IsRemoved(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsRemoved(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
            || c is >= '\u202A' and <= '\u202E' // embeddings and overrides
            || c is >= '\u2066' and <= '\u2069' // isolates
            || c is '\u200E' or '\u200F' or '\u061C' // direction marks
            || c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' // zero-width space, word joiner, BOM, soft hyphen
            || c is >= '\uFFF9' and <= '\uFFFB' // interlinear annotation
            || IsPrivateUseOrNonCharacter(c);

    private static bool IsPrivateUseOrNonCharacter(int codePoint) =>
        codePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000
            || codePoint is >= 0xFDD0 and <= 0xFDEF
            || (codePoint & 0xFFFE) == 0xFFFE;

    private static string Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        _ => "st",
    };

    private static string CollapseLines(string text)
    {
        var builder = new StringBuilder(text.Length);
        var blankRun = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd(' ', '\t');
            if (line.Trim().Length == 0)
            {
                blankRun++;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(blankRun > 0 ? "\n\n" : "\n");
            }

            builder.Append(line);
            blankRun = 0;
        }

        return builder.ToString();
    }
}
