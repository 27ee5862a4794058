namespace MockInterview.Resumes.Skills;

/// <summary>
/// Splits text into tokens that keep the symbols skills are written with: "C#", "C++", ".NET", "Node.js",
/// "ASP.NET"; a trailing full stop ends a sentence and is not part of the word. Hyphens separate words but
/// let a phrase continue ("scikit-learn" reads as "scikit learn"); "/" and "&amp;" are tokens of their own.
/// </summary>
internal static class SkillTokenizer
{
    /// <summary>Tokenises the text in one pass.</summary>
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5);
        var line = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (IsWordChar(c) || IsLeadingDot(text, i))
            {
                var start = i;
                i++;
                while (i < text.Length && ContinuesWord(text, i))
                {
                    i++;
                }

                tokens.Add(new TextToken(start, i - start, text[start..i].ToLowerInvariant(), line));
            }
            else if (c is '/' or '&')
            {
                tokens.Add(new TextToken(i, 1, c.ToString(), line));
                i++;
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>True when the text between two tokens lets a multi-word phrase continue (spaces, tabs, hyphens).</summary>
    public static bool IsPhraseGap(string text, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\t' or '-' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    // ".NET" starts with a dot when the dot follows a non-word character and precedes a letter.
    private static bool IsLeadingDot(string text, int i) =>
        text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || !IsWordChar(text[i - 1]));

    private static bool ContinuesWord(string text, int i)
    {
        var c = text[i];
        if (IsWordChar(c) || c is '#' or '+')
        {
            return true;
        }

        // An inner dot joins "Node.js", "ASP.NET", "3.5"; a final dot is punctuation.
        return c == '.' && i + 1 < text.Length && IsWordChar(text[i + 1]);
    }
}
