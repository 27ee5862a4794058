using System.Text;

namespace MockInterview.Resumes.Text;

/// <summary>
/// Input text made safe to parse: bounded length, control characters replaced, line endings unified, page
/// breaks kept as blank lines, overlong lines (text with no newlines) cut at sentence ends.
/// </summary>
internal sealed class PlainText
{
    /// <summary>Characters read at most; a resume or job description is a few thousand.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>Longest line kept whole; longer lines are cut at sentence ends or spaces.</summary>
    public const int MaxLineLength = 400;

    private PlainText(IReadOnlyList<string> lines, int pages, int oddCharacters, bool truncated)
    {
        Lines = lines;
        Pages = pages;
        OddCharacters = oddCharacters;
        Truncated = truncated;
    }

    /// <summary>The lines, trimmed at the end; blank lines are kept as empty strings.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Non-empty pages between form feeds (pdftotext ends each page with one); 0 when the text has none.</summary>
    public int Pages { get; }

    /// <summary>Control characters, replacement characters, private-use glyphs and "(cid:NN)" codes seen.</summary>
    public int OddCharacters { get; }

    /// <summary>True when the input was longer than <see cref="MaxCharacters"/> and its end was dropped.</summary>
    public bool Truncated { get; }

    /// <summary>The warnings a parser starts with: one when the end of the text was dropped.</summary>
    public List<string> InitialWarnings() =>
        Truncated ? [$"The text is longer than {MaxCharacters:N0} characters; only the beginning was read."] : [];

    /// <summary>Normalises the text.</summary>
    public static PlainText From(string? text)
    {
        text ??= string.Empty;
        var truncated = text.Length > MaxCharacters;
        if (truncated)
        {
            text = text[..MaxCharacters];
        }

        var builder = new StringBuilder(text.Length);
        var pages = text.Contains('\f', StringComparison.Ordinal) ? text.Split('\f').Count(p => !string.IsNullOrWhiteSpace(p)) : 0;
        var odd = CountCidCodes(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        continue;
                    }

                    builder.Append('\n');
                    break;
                case '\f':
                    builder.Append('\n');
                    break;
                case '\n' or '\t':
                    builder.Append(c);
                    break;
                case '\uFFFD' or '\u200B' or '\uFEFF' or '\u00AD':
                    odd += c == '\uFFFD' ? 1 : 0;
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || (c >= '\uE000' && c <= '\uF8FF'))
                    {
                        odd++;
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append(c == '\u00A0' ? ' ' : c);
                    }

                    break;
            }
        }

        var lines = new List<string>();
        foreach (var raw in builder.ToString().Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length <= MaxLineLength)
            {
                lines.Add(line);
            }
            else
            {
                SplitLong(line, lines);
            }
        }

        return new PlainText(lines, pages, odd, truncated);
    }

    private static int CountCidCodes(string text)
    {
        var count = 0;
        var index = 0;
        while ((index = text.IndexOf("(cid:", index, StringComparison.Ordinal)) >= 0)
        {
            count++;
            index += 5;
        }

        return count;
    }

    // Text with no newlines (or a pasted paragraph): each sentence and each bullet becomes a line, and pieces still
    // too long are cut at a space.
    private static void SplitLong(string line, List<string> lines)
    {
        var start = 0;
        for (var i = 1; i < line.Length - 1; i++)
        {
            var bulletStart = line[i] is '•' or '●' or '▪' or '■' or '◦' && line[i + 1] == ' ' && line[i - 1] == ' ';
            var sentenceEnd = line[i] == ' ' && line[i - 1] is '.' or '!' or '?' && char.IsUpper(line[i + 1]);
            if (bulletStart || sentenceEnd)
            {
                AddPiece(line[start..i], lines);
                start = i;
            }
        }

        AddPiece(line[start..], lines);
    }

    private static void AddPiece(string piece, List<string> lines)
    {
        // Index-based so that a 200,000-character run without sentence ends is cut in linear time.
        var start = 0;
        while (piece.Length - start > MaxLineLength)
        {
            var cut = piece.LastIndexOf(' ', start + MaxLineLength, MaxLineLength);
            cut = cut <= start ? start + MaxLineLength : cut;
            AddTrimmed(piece, start, cut, lines);
            start = cut;
        }

        AddTrimmed(piece, start, piece.Length, lines);
    }

    private static void AddTrimmed(string text, int from, int to, List<string> lines)
    {
        var line = text.AsSpan(from, to - from).Trim();
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
    }
}
