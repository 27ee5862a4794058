namespace MockInterview.Speech.Synthesis;

/// <summary>Cuts prepared text into pieces an engine speaks one after the other: at sentence ends, then (for a long
/// sentence) at clause ends, then at spaces, each at most the configured length, so that the first audio is ready
/// after one short engine run instead of after the whole text.</summary>
internal static class TextChunker
{
    private static readonly char[] SentenceEnds = ['.', '!', '?', ';'];
    private static readonly char[] ClauseEnds = [',', ':', '—', '–', ')'];

    public static IReadOnlyList<string> Split(string text, int maxChars)
    {
        var chunks = new List<string>();
        foreach (var sentence in SplitAfter(text, SentenceEnds))
        {
            if (sentence.Length <= maxChars)
            {
                chunks.Add(sentence);
                continue;
            }

            foreach (var clause in Pack(SplitAfter(sentence, ClauseEnds), maxChars))
            {
                if (clause.Length <= maxChars)
                {
                    chunks.Add(clause);
                }
                else
                {
                    chunks.AddRange(Pack(clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Cut(w, maxChars)), maxChars));
                }
            }
        }

        return chunks;
    }

    // Splits after each mark that is followed by a space (so "3.5" and "e.g.x" stay whole), trimming the pieces.
    private static IEnumerable<string> SplitAfter(string text, char[] marks)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(marks, text[i]) >= 0 && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                var piece = text[start..(i + 1)].Trim();
                if (piece.Length > 0)
                {
                    yield return piece;
                }

                start = i + 1;
            }
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    // Joins neighbouring short pieces while they fit, so a list of short clauses is not spoken one word at a time.
    private static IEnumerable<string> Pack(IEnumerable<string> pieces, int maxChars)
    {
        var current = string.Empty;
        foreach (var piece in pieces)
        {
            if (current.Length == 0)
            {
                current = piece;
            }
            else if (current.Length + 1 + piece.Length <= maxChars)
            {
                current = current + " " + piece;
            }
            else
            {
                yield return current;
                current = piece;
            }
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    // A "word" longer than a chunk (a pasted hash, a URL) is cut hard; it is not speech anyway.
    private static IEnumerable<string> Cut(string word, int maxChars)
    {
        for (var i = 0; i < word.Length;)
        {
            var length = Math.Min(maxChars, word.Length - i);
            if (length < word.Length - i && char.IsHighSurrogate(word[i + length - 1]))
            {
                length--;
            }

            yield return word.Substring(i, length);
            i += length;
        }
    }
}
