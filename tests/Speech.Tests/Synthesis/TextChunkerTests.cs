using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class TextChunkerTests
{
    [Fact]
    public void Split_Sentences_OneChunkEach()
    {
        var chunks = TextChunker.Split("Hello there. How are you? Fine; thanks! Version 3.5 is out", 200);

        Assert.Equal(["Hello there.", "How are you?", "Fine;", "thanks!", "Version 3.5 is out"], chunks);
    }

    [Fact]
    public void Split_LongSentence_CutAtClausesThenWordsWithinTheLimit()
    {
        var sentence = string.Join(", ", Enumerable.Range(0, 30).Select(i => $"clause number {i} goes here")) + ".";

        var chunks = TextChunker.Split(sentence, 60);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 60));
        Assert.Equal(sentence, string.Join(" ", chunks));
    }

    [Fact]
    public void Split_WordLongerThanAChunk_CutWithoutSplittingASurrogatePair()
    {
        var word = string.Concat(Enumerable.Repeat("a\U0001F600", 30));

        var chunks = TextChunker.Split(word, 20);

        Assert.All(chunks, c => Assert.False(char.IsHighSurrogate(c[^1])));
        Assert.Equal(word, string.Concat(chunks));
    }
}
