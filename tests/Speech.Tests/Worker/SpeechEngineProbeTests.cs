using Microsoft.Extensions.Logging.Abstractions;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Worker;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Worker;

public sealed class SpeechEngineProbeTests
{
    [Fact]
    public async Task CheckAsync_SynthesizerKnowsOnlyTheSecondPreset_TriesPresetsUntilOneIsAccepted()
    {
        var synthesizer = new ScriptedSynthesizer("espeak-ng", "warm");
        var probe = new SpeechEngineProbe([new ScriptedRecognizer()], [synthesizer], new ManualTimeProvider(), NullLogger<SpeechEngineProbe>.Instance, new ScriptedSynthesis());

        var engines = await probe.CheckAsync(CancellationToken.None);

        Assert.Equal(["professional", "warm"], synthesizer.VoicesAsked);
        Assert.Contains(engines, e => e is { Name: "espeak-ng", Available: true });
    }

    [Fact]
    public async Task CheckAsync_NoPresetUsesTheSynthesizer_UnavailableSayingSo()
    {
        var probe = new SpeechEngineProbe([], [new ScriptedSynthesizer("piper", "none-of-them")], new ManualTimeProvider(), NullLogger<SpeechEngineProbe>.Instance, new ScriptedSynthesis());

        var engine = Assert.Single(await probe.CheckAsync(CancellationToken.None));

        Assert.Equal(SpeechJobKind.Synthesize, engine.Kind);
        Assert.False(engine.Available);
        Assert.Contains("No voice preset", engine.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_NoSynthesizer_RecognizerStillChecked()
    {
        var recognizer = new ScriptedRecognizer();
        var probe = new SpeechEngineProbe([recognizer], [], new ManualTimeProvider(), NullLogger<SpeechEngineProbe>.Instance);

        var engine = Assert.Single(await probe.CheckAsync(CancellationToken.None));

        Assert.True(engine.Available);
        Assert.Equal(1, recognizer.Calls);
    }
}
