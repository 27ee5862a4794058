using MockInterview.Speech.Audio;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class VoicePresetTests : IDisposable
{
    private const string Question = "What would you do differently if you started that project again?";

    private readonly SynthesisServices services = new();

    public static TheoryData<string> Presets => new(DefaultVoicePresets.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task SynthesizeAsync_EachDefaultPreset_PlayableSpeechStoredAsWavAndOgg(string preset)
    {
        var speech = await services.Synthesis.SynthesizeAsync(Question, preset, CancellationToken.None);

        var wav = await SpokenAudio.ReadWavAsync(services.Files, speech.WavKey);
        Assert.Equal(preset, speech.Voice);
        Assert.Equal(DefaultVoicePresets.All.Single(p => p.Name == preset).Engine, speech.Engine);
        Assert.InRange(SpokenAudio.WordsPerMinute(Question, speech.DurationSeconds), 90, 250);
        Assert.True(SpokenAudio.Rms(wav) > 300);

        // The Ogg/Opus copy is encoded after the WAV and joins the entry.
        Assert.NotNull(speech.PendingCompressedKey);
        await services.Compression.WhenDoneAsync(speech.PendingCompressedKey).WaitAsync(TimeSpan.FromSeconds(30));
        var cached = await services.Synthesis.FindCachedAsync(Question, preset, CancellationToken.None);
        Assert.Equal("audio/ogg", cached?.CompressedMediaType);
        Assert.Equal(speech.PendingCompressedKey, cached?.CompressedKey);
    }

    [Fact]
    public void Voices_Defaults_ProfessionalFirst()
    {
        Assert.Equal(["professional", "warm", "brisk", "clear", "calm"], services.Synthesis.Voices);
    }

    [Fact]
    public async Task SynthesizeAsync_UnknownVoice_UnknownVoiceListingTheVoices()
    {
        var error = await Assert.ThrowsAsync<SpeechInputException>(() => services.Synthesis.SynthesizeAsync(Question, "robotic", CancellationToken.None));

        Assert.Equal("unknownVoice", error.Code);
        Assert.Contains("professional", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_ConfiguredPresets_FirstIsTheDefaultAndForcedEngineStandsIn()
    {
        using var configured = new SynthesisServices(new Dictionary<string, string?>
        {
            ["Speech:Synthesis:Engine"] = "espeak-ng",
            ["Speech:Synthesis:Voices:0:Name"] = "deep",
            ["Speech:Synthesis:Voices:0:Engine"] = "flite",
            ["Speech:Synthesis:Voices:0:Voice"] = "awb",
            ["Speech:Synthesis:Voices:0:Rate"] = "0.9",
        });

        var speech = await configured.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None);

        Assert.Equal(["deep"], configured.Synthesis.Voices);
        Assert.Equal(("espeak-ng", "deep"), (speech.Engine, speech.Voice));
    }

    public void Dispose() => services.Dispose();
}
