using MockInterview.Documents.Normalization;

namespace MockInterview.Documents.Tests.Normalization;

public sealed class TextNormalizationTests
{
    [Fact]
    public void Normalize_DecomposedAccents_ComposesToNfc()
    {
        var result = TextNormalizer.Normalize("Cafe\u0301 Zo\u0308e", 1000);

        Assert.Equal("Caf\u00e9 Z\u00f6e", result.Text);
    }

    [Theory]
    [InlineData("e\u0302\u0301", "\u1EBF")] // Vietnamese: circumflex then acute, composed step by step
    [InlineData("A\u030A", "\u00C5")]
    [InlineData("\u1100\u1161\u11A8", "\uAC01")] // Hangul jamo to a syllable
    [InlineData("\u0915\u093C", "\u0915\u093C")] // a composition exclusion stays decomposed
    [InlineData("\u00E9\u0301", "\u00E9\u0301")] // no composition exists: unchanged
    public void Compose_CombiningSequences_ComposesCanonicalPairs(string input, string expected) =>
        Assert.Equal(expected, CanonicalComposer.Compose(input));

    [Fact]
    public void Normalize_ControlAndBidiCharacters_RemovedButTabsAndNewlinesKept()
    {
        var raw = "Name:\tAda\u0007\u0000\r\nRole: \u202Eenigne\u202C dev\u2066x\u2069\u200B\u200E\u00AD\nEnd\u0085line";

        var result = TextNormalizer.Normalize(raw, 1000);

        Assert.Equal("Name:\tAda\nRole: enigne devx\nEnd\nline", result.Text);
    }

    [Fact]
    public void Normalize_BlankLineRunsAndTrailingSpaces_CollapsedToOneBlankLine()
    {
        var result = TextNormalizer.Normalize("\n\n  \nFirst   \n\n\n \t \n\fSecond\t\n\n", 1000);

        Assert.Equal("First\n\nSecond", result.Text);
    }

    [Fact]
    public void Normalize_LigaturesPrivateUseAndLoneSurrogates_Cleaned()
    {
        var result = TextNormalizer.Normalize("pro\uFB01cient \uF0E0 e\uD800x \U0001F600 a\u00A0b", 1000);

        Assert.Equal("proficient  e\uFFFDx \U0001F600 a b", result.Text);
    }

    [Fact]
    public void Normalize_LongerThanLimit_CutsAtAWordAndFlagsIt()
    {
        var raw = string.Join(' ', Enumerable.Repeat("word", 500));

        var result = TextNormalizer.Normalize(raw, 1002);

        Assert.True(result.Truncated);
        Assert.Equal(999, result.Text.Length);
        Assert.EndsWith("word", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_LimitInsideSurrogatePair_DoesNotSplitIt()
    {
        var raw = new string('a', 9) + "\U0001F600" + new string('b', 10);

        var result = TextNormalizer.Normalize(raw, 10);

        Assert.True(result.Truncated);
        Assert.Equal(new string('a', 9), result.Text);
    }
}
