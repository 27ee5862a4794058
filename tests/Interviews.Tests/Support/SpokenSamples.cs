using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews.Tests.Support;

/// <summary>Spoken answers built by hand, as the app maps a transcript.</summary>
internal static class SpokenSamples
{
    /// <summary><paramref name="text"/> spoken at 150 words per minute (0.3 s words, 0.1 s gaps) after
    /// <paramref name="firstWordAt"/> seconds of thinking.</summary>
    public static SpokenAnswer Answer(string text, double firstWordAt = 2, double confidence = 0.9)
    {
        var words = new List<SpokenWord>();
        var at = firstWordAt;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new SpokenWord(word, at, at + 0.3, confidence));
            at += 0.4;
        }

        return new SpokenAnswer(text, words, at + 1, EndedBySilence: true, "pocketsphinx");
    }
}
