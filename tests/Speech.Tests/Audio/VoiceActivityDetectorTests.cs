using MockInterview.Speech.Audio;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.Audio;

/// <summary>The energy detector finds speech, pauses and the end of a turn on real (flite) speech.</summary>
public sealed class VoiceActivityDetectorTests
{
    [Fact]
    public void Detect_DigitalSilence_NoSpeech()
    {
        Assert.False(VoiceActivityDetector.Detect(AudioFixtures.Silence(3)).HasSpeech);
    }

    [Fact]
    public void Detect_SteadyBackgroundNoise_NoSpeech()
    {
        Assert.False(VoiceActivityDetector.Detect(AudioFixtures.Noise(5)).HasSpeech);
    }

    [Fact]
    public async Task Detect_SpeechBetweenSilences_OneRegionWhereTheSpeechIs()
    {
        var speech = await FliteSpeech.PcmAsync("I enjoy working with data.");
        var audio = AudioFixtures.Join(AudioFixtures.Silence(1), speech, AudioFixtures.Silence(1));

        var activity = VoiceActivityDetector.Detect(audio);

        Assert.True(activity.HasSpeech);
        Assert.InRange(activity.Regions[0].StartSeconds, 0.9, 1.3);
        Assert.InRange(activity.Regions[^1].EndSeconds, 1 + speech.DurationSeconds - 0.4, 1 + speech.DurationSeconds + 0.1);
        Assert.All(activity.Regions.Zip(activity.Regions.Skip(1)), pair => Assert.True(pair.Second.StartSeconds - pair.First.EndSeconds < 0.6));
    }

    [Fact]
    public async Task Detect_SpeechOverNoise_FoundAboveTheNoiseFloor()
    {
        var speech = await FliteSpeech.PcmAsync("I enjoy working with data.");
        var noise = AudioFixtures.Noise(speech.DurationSeconds + 2);
        var mixed = (short[])noise.Samples.Clone();
        for (var i = 0; i < speech.Samples.Length; i++)
        {
            mixed[16_000 + i] = (short)Math.Clamp(mixed[16_000 + i] + speech.Samples[i], short.MinValue, short.MaxValue);
        }

        var activity = VoiceActivityDetector.Detect(new PcmAudio(mixed, 16_000));

        Assert.True(activity.HasSpeech);
        Assert.InRange(activity.Regions[0].StartSeconds, 0.9, 1.3);
    }

    [Fact]
    public async Task FindEndOfTurn_TwoThresholds_EachEndsAtTheFirstPauseAsLongAsItself()
    {
        var audio = await ThreeSentencesAsync(firstPause: 1.2, secondPause: 3.0);
        var activity = VoiceActivityDetector.Detect(audio.Audio);

        var short_ = activity.FindEndOfTurn(1.0);
        var long_ = activity.FindEndOfTurn(2.5);

        Assert.NotNull(short_);
        Assert.InRange(short_.Value.SpeechEndSeconds, audio.FirstEnd - 0.4, audio.FirstEnd + 0.1);
        Assert.Equal(short_.Value.SpeechEndSeconds + 1.0, short_.Value.TurnEndSeconds, 6);
        Assert.NotNull(long_);
        Assert.InRange(long_.Value.SpeechEndSeconds, audio.SecondEnd - 0.4, audio.SecondEnd + 0.1);
        Assert.Null(activity.FindEndOfTurn(4.0));
    }

    [Fact]
    public async Task Split_LongAudio_CutsOnlyInPausesAndCoversAllSpeech()
    {
        var audio = await ThreeSentencesAsync(firstPause: 0.6, secondPause: 0.6);
        var activity = VoiceActivityDetector.Detect(audio.Audio);

        var pieces = AudioSplitter.Split(activity, targetSeconds: 2);

        Assert.True(pieces.Count >= 2);
        Assert.All(pieces.Zip(pieces.Skip(1)), pair => Assert.True(pair.First.EndSeconds <= pair.Second.StartSeconds));
        foreach (var region in activity.Regions)
        {
            Assert.Contains(pieces, p => p.StartSeconds <= region.StartSeconds && region.EndSeconds <= p.EndSeconds);
        }
    }

    internal static async Task<(PcmAudio Audio, double FirstEnd, double SecondEnd)> ThreeSentencesAsync(double firstPause, double secondPause)
    {
        var first = await FliteSpeech.PcmAsync("I led the migration of our billing service.");
        var second = await FliteSpeech.PcmAsync("We reduced the page load time by half.");
        var third = await FliteSpeech.PcmAsync("In five years I hope to lead a small team.");
        var audio = AudioFixtures.Join(AudioFixtures.Silence(0.5), first, AudioFixtures.Silence(firstPause), second, AudioFixtures.Silence(secondPause), third, AudioFixtures.Silence(0.5));
        var firstEnd = 0.5 + first.DurationSeconds;
        return (audio, firstEnd, firstEnd + firstPause + second.DurationSeconds);
    }
}
