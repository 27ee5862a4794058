using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing.Tests.Delivery;

/// <summary>Spoken answers built by hand: words at a fixed pace, with pauses where asked.</summary>
internal static class SpokenAnswers
{
    /// <summary>The words of <paramref name="text"/>, each <paramref name="wordSeconds"/> long with
    /// <paramref name="gapSeconds"/> between them, starting at <paramref name="firstWordAt"/>; a "|" in the text is a pause
    /// of <paramref name="pauseSeconds"/>.</summary>
    public static SpokenAnswer Build(
        string text,
        double wordSeconds = 0.3,
        double gapSeconds = 0.1,
        double firstWordAt = 1,
        double pauseSeconds = 1,
        double confidence = 0.9,
        double trailingSeconds = 1)
    {
        var words = new List<SpokenWord>();
        var at = firstWordAt;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "|")
            {
                at += pauseSeconds - gapSeconds;
                continue;
            }

            words.Add(new SpokenWord(token, at, at + wordSeconds, confidence));
            at += wordSeconds + gapSeconds;
        }

        var spoken = string.Join(' ', words.Select(w => w.Text));
        var end = words.Count == 0 ? firstWordAt : words[^1].EndSeconds;
        return new SpokenAnswer(spoken, words, end + trailingSeconds, EndedBySilence: false, "test");
    }

    /// <summary><paramref name="count"/> ordinary words ("word1 word2 …" would look like gibberish to the scorer).</summary>
    public static string Words(int count)
    {
        string[] sentence = ["in", "my", "last", "role", "i", "led", "the", "migration", "of", "our", "billing", "service", "to", "a", "new", "database", "and", "we", "cut", "costs"];
        return string.Join(' ', Enumerable.Range(0, count).Select(i => sentence[i % sentence.Length]));
    }
}
