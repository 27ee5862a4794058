using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing.Tests.Delivery;

public sealed class DeliveryAnalyzerTests
{
    [Fact]
    public void Analyze_SteadySpeech_PaceOverSpeakingTimeAndWholeAnswer()
    {
        // 30 words of 0.3 s with 0.1 s gaps: 11.9 s of speech from 1 s to 12.9 s, audio 13.9 s.
        var answer = SpokenAnswers.Build(SpokenAnswers.Words(30));

        var d = DeliveryAnalyzer.Analyze(answer);

        Assert.Equal(30, d.Words);
        Assert.Equal(11.9, d.SpeakingSeconds, 2);
        Assert.Equal(Math.Round(30 * 60 / 11.9, 1), d.WordsPerMinute);
        Assert.Equal(Math.Round(30 * 60 / 13.9, 1), d.OverallWordsPerMinute);
        Assert.Equal(1, d.TimeToFirstWordSeconds);
        Assert.Equal(0, d.Pauses.Count);
        Assert.Equal(Math.Round(11.9 / 13.9, 2), d.SpeakingShare);
    }

    [Fact]
    public void Analyze_GapsAtAndAboveThreshold_CountedAsPausesAndLeftOutOfSpeakingTime()
    {
        // Pauses of 0.5 s (the threshold), 1 s, 4 s (long); a 0.4 s gap is not a pause.
        var words = new List<SpokenWord>
        {
            new("first", 0.0, 0.5, 0.9),
            new("second", 1.0, 1.5, 0.9),
            new("third", 2.5, 3.0, 0.9),
            new("fourth", 7.0, 7.5, 0.9),
            new("fifth", 7.9, 8.4, 0.9),
        };

        var d = DeliveryAnalyzer.Analyze(new SpokenAnswer("first second third fourth fifth", words, 9, false, "test"));

        Assert.Equal(new PauseStatistics(3, 4, 5.5, 1), d.Pauses);
        Assert.Equal(8.4 - 5.5, d.SpeakingSeconds, 2);
        Assert.Equal(0, d.TimeToFirstWordSeconds);
    }

    [Fact]
    public void Analyze_FillersIncludingMultiWord_CountedWithTheTextLexicon()
    {
        var answer = SpokenAnswers.Build("um so i mean we kind of rewrote it you know and uh it worked");

        var d = DeliveryAnalyzer.Analyze(answer);

        Assert.Equal(1, d.Fillers["i mean"]);
        Assert.Equal(1, d.Fillers["kind of"]);
        Assert.Equal(1, d.Fillers["you know"]);
        Assert.Equal(1, d.Fillers["um"]);
        Assert.Equal(1, d.Fillers["uh"]);
        Assert.Equal(5, d.FillerWords);
        Assert.Equal(Math.Round(5 * 60 / d.SpeakingSeconds, 1), d.FillersPerMinute);
    }

    [Fact]
    public void Analyze_Confidence_MeanAndLowShare()
    {
        var words = new List<SpokenWord>
        {
            new("a", 0, 0.2, 1.0), new("b", 0.3, 0.5, 0.8), new("c", 0.6, 0.8, 0.3), new("d", 0.9, 1.1, 0.1),
        };

        var d = DeliveryAnalyzer.Analyze(new SpokenAnswer("a b c d", words, 2, false, "test"));

        Assert.Equal(0.55, d.MeanConfidence, 2);
        Assert.Equal(0.5, d.LowConfidenceShare, 2);
        Assert.True(d.TranscriptUncertain);
    }

    [Fact]
    public void Analyze_OneWord_NoPausesAndFiniteRates()
    {
        var d = DeliveryAnalyzer.Analyze(new SpokenAnswer("yes", [new SpokenWord("yes", 2, 2.5, 0.9)], 3, true, "test"));

        Assert.Equal(1, d.Words);
        Assert.Equal(0.5, d.SpeakingSeconds, 2);
        Assert.Equal(120, d.WordsPerMinute);
        Assert.Equal(20, d.OverallWordsPerMinute);
        Assert.Equal(2, d.TimeToFirstWordSeconds);
        Assert.Equal(PauseStatistics.None, d.Pauses);
        Assert.True(d.EndedBySilence);
    }

    [Fact]
    public void Analyze_ZeroLengthAudioWithoutWords_AllZeroNotNaN()
    {
        var d = DeliveryAnalyzer.Analyze(new SpokenAnswer(string.Empty, [], 0, false, "test"));

        Assert.Equal(0, d.Words);
        Assert.Equal(0, d.AudioSeconds);
        Assert.Equal(0, d.WordsPerMinute);
        Assert.Equal(0, d.OverallWordsPerMinute);
        Assert.Equal(0, d.SpeakingShare);
        Assert.Equal(1, d.MeanConfidence);
        Assert.False(d.TranscriptUncertain);
    }

    [Fact]
    public void Analyze_AudioShorterThanWords_AudioEndsWithTheLastWord()
    {
        var d = DeliveryAnalyzer.Analyze(new SpokenAnswer("one two", [new("one", 0, 0.4, 0.9), new("two", 0.5, 1.0, 0.9)], 0, false, "test"));

        Assert.Equal(1.0, d.AudioSeconds, 2);
        Assert.Equal(1.0, d.SpeakingShare, 2);
    }

    [Fact]
    public void Analyze_OverlappingAndUnorderedTimings_ClampedToTheWordBefore()
    {
        var words = new List<SpokenWord>
        {
            new("two", 0.8, 1.2, 0.6),
            new("one", 0.0, 1.0, 0.6),       // overlaps "two"
            new("three", 1.1, 1.1, 0.6),     // starts inside "two", zero length
            new("four", double.NaN, -1, 2),  // nonsense times and confidence
        };

        var d = DeliveryAnalyzer.Analyze(new SpokenAnswer("one two three four", words, 2, false, "test"));

        Assert.Equal(4, d.Words);
        Assert.Equal(0, d.Pauses.Count);
        Assert.Equal(1.2, d.SpeakingSeconds, 2); // one 0–1.0, four at 1.0, two 1.0–1.2, three at 1.2
        Assert.Equal(0, d.TimeToFirstWordSeconds);
        Assert.Equal(0.7, d.MeanConfidence, 2); // 0.6 three times and the clamped 1.0
    }

    [Fact]
    public void Aggregate_SpokenAnswers_WeightedByWordsAndTime()
    {
        var first = DeliveryAnalyzer.Analyze(SpokenAnswers.Build(SpokenAnswers.Words(30), confidence: 0.9));
        var second = DeliveryAnalyzer.Analyze(SpokenAnswers.Build("um " + SpokenAnswers.Words(9) + " | you know", confidence: 0.4, pauseSeconds: 4, firstWordAt: 3));

        var all = DeliveryAnalyzer.Aggregate([first, second])!;

        Assert.Equal(2, all.SpokenAnswers);
        Assert.Equal(first.Words + second.Words, all.Words);
        Assert.Equal(Math.Round(all.Words * 60 / all.SpeakingSeconds, 1), all.WordsPerMinute);
        Assert.Equal(2, all.FillerWords);
        Assert.Equal(1, all.Pauses.Count);
        Assert.Equal(4, all.Pauses.LongestSeconds, 2);
        Assert.Equal(2, all.MeanTimeToFirstWordSeconds, 2);
        Assert.Equal(Math.Round(((0.9 * 30) + (0.4 * 12)) / 42, 2), all.MeanConfidence);
        Assert.Equal(Math.Round(12 / 42.0, 2), all.LowConfidenceShare);
    }

    [Fact]
    public void Aggregate_NoSpokenAnswers_Null()
    {
        Assert.Null(DeliveryAnalyzer.Aggregate([]));
    }
}
