using MockInterview.Resumes.Text;

namespace MockInterview.Resumes.Profiles;

/// <summary>Measures length and formatting risks of the resume text.</summary>
internal static class LayoutMeter
{
    /// <summary>Words in a paragraph above which it reads as a dense block.</summary>
    public const int DenseParagraphWords = 60;

    /// <summary>Words a page holds, for texts without page breaks.</summary>
    public const int WordsPerPage = 500;

    public static ResumeLayout Measure(PlainText text, int instructionLines)
    {
        var words = 0;
        var lines = 0;
        var bullets = 0;
        var dense = 0;
        var tables = 0;
        var columns = 0;
        var paragraphWords = 0;
        foreach (var line in text.Lines)
        {
            var lineWords = CountWords(line);
            words += lineWords;
            lines += line.Length > 0 ? 1 : 0;
            bullets += Bullets.IsBullet(line) ? 1 : 0;
            tables += IsTableLine(line) ? 1 : 0;
            columns += HasColumnGap(line) ? 1 : 0;

            // A paragraph is a run of prose lines; bullets, short lines (titles, headings) and dated lines end it.
            if (lineWords < 6 || Bullets.IsBullet(line) || DateRangeReader.MayHaveDate(line))
            {
                dense += paragraphWords > DenseParagraphWords ? 1 : 0;
                paragraphWords = 0;
            }
            else
            {
                paragraphWords += lineWords;
            }
        }

        dense += paragraphWords > DenseParagraphWords ? 1 : 0;
        var pages = text.Pages > 0 ? text.Pages : Math.Max(1, (words + WordsPerPage - 1) / WordsPerPage);
        return new ResumeLayout(words, lines, pages, bullets, dense, tables, columns, text.OddCharacters, instructionLines);
    }

    private static int CountWords(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private static bool IsTableLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            return true;
        }

        // One or two tabs align a date to the right (Word tab stops); three or more make cells.
        return line.Count(c => c == '\t') >= 3 || line.Any(c => c is >= '\u2500' and <= '\u257F');
    }

    // pdftotext -layout keeps two columns side by side, separated by a wide run of spaces inside the line; a date or
    // a place pushed to the right margin ("Acme Corp        2021-2024") is not a second column.
    private static bool HasColumnGap(string line)
    {
        var trimmed = line.Trim();
        var gap = trimmed.IndexOf("      ", StringComparison.Ordinal);
        if (gap < 3)
        {
            return false;
        }

        var right = trimmed[gap..].Trim();
        return right.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !DateRangeReader.MayHaveDate(right);
    }
}
