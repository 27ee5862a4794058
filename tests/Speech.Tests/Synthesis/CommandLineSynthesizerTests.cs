using MockInterview.Speech.Audio;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class CommandLineSynthesizerTests : IDisposable
{
    private const string Sentence = "Describe a difficult technical problem you solved recently, and explain the approach you chose.";
    private const string ThreeSentences = "Thank you for joining us today. Could you start by telling me about a recent project you led? What was the hardest decision you made, and how did you reach it?";

    private readonly SynthesisServices services = new();

    [Theory]
    [InlineData("flite", "professional")]
    [InlineData("espeak-ng", "clear")]
    public async Task SynthesizeAsync_KnownSentence_PlausibleNonSilentSpeech(string engine, string preset)
    {
        var audio = await SpokenAudio.AllAsync(services.Synthesizer(engine).SynthesizeAsync(Sentence, preset, CancellationToken.None));

        Assert.InRange(SpokenAudio.WordsPerMinute(Sentence, audio.DurationSeconds), 90, 250);
        Assert.True(SpokenAudio.Rms(audio) > 300, $"RMS {SpokenAudio.Rms(audio):0} is near silence.");
    }

    [Theory]
    [InlineData("flite", "professional")]
    [InlineData("espeak-ng", "clear")]
    public async Task SynthesizeAsync_SeveralSentences_OneChunkEachFirstShorterThanAll(string engine, string preset)
    {
        var chunks = new List<PcmAudio>();
        await foreach (var chunk in services.Synthesizer(engine).SynthesizeAsync(ThreeSentences, preset, CancellationToken.None))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(3, chunks.Count);
        var total = chunks.Sum(c => c.DurationSeconds);
        Assert.True(chunks[0].DurationSeconds < total / 2, $"first {chunks[0].DurationSeconds:0.00} s of {total:0.00} s");
        Assert.All(chunks, c => Assert.True(SpokenAudio.Rms(c) > 300));
    }

    [Fact]
    public async Task SynthesizeAsync_PresetOfAnotherEngine_UnknownVoice()
    {
        var error = await Assert.ThrowsAsync<SpeechInputException>(() => SpokenAudio.AllAsync(services.Synthesizer("espeak-ng").SynthesizeAsync(Sentence, "professional", CancellationToken.None)));

        Assert.Equal("unknownVoice", error.Code);
    }

    [Fact]
    public async Task SynthesizeAsync_SlowerPreset_LongerAudioForTheSameText()
    {
        var normal = await SpokenAudio.AllAsync(services.Synthesizer("flite").SynthesizeAsync(Sentence, "professional", CancellationToken.None));
        var brisk = await SpokenAudio.AllAsync(services.Synthesizer("flite").SynthesizeAsync(Sentence, "brisk", CancellationToken.None));

        // brisk is slt at 1.12 times the rate: about 11% shorter.
        Assert.InRange(brisk.DurationSeconds / normal.DurationSeconds, 0.8, 0.95);
    }

    [Fact]
    public async Task SynthesizeAsync_FliteMissing_EngineUnavailableNamingTheSetting()
    {
        using var broken = new SynthesisServices(new Dictionary<string, string?>
        {
            ["Speech:Synthesis:Engine"] = "flite",
            ["Speech:Synthesis:FlitePath"] = "/nonexistent/flite",
        });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => SpokenAudio.AllAsync(broken.Synthesizer("flite").SynthesizeAsync(Sentence, "professional", CancellationToken.None)));

        Assert.Contains("Speech:Synthesis:FlitePath", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => services.Dispose();
}
