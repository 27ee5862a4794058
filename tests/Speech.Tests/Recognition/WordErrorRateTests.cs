using MockInterview.Speech.Recognition;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>The word error rate the accuracy test and the benchmark report.</summary>
public sealed class WordErrorRateTests
{
    [Theory]
    [InlineData("the cat sat", "the cat sat", 0.0)]
    [InlineData("The cat sat.", "the cat sat", 0.0)]
    [InlineData("the cat sat", "the bat sat", 1.0 / 3)]
    [InlineData("the cat sat", "the cat", 1.0 / 3)]
    [InlineData("the cat sat", "the cat sat down", 1.0 / 3)]
    [InlineData("the cat sat", "", 1.0)]
    [InlineData("", "", 0.0)]
    [InlineData("a b", "c d e f", 2.0)]
    public void Compute_HypothesisAgainstReference_EditsPerReferenceWord(string reference, string hypothesis, double expected)
    {
        Assert.Equal(expected, WordErrorRate.Compute(reference, hypothesis), 6);
    }
}
