using MockInterview.Speech.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class PiperSynthesizerTests
{
    private const string Text = "Tell me about yourself.";

    [Fact]
    public async Task SynthesizeAsync_PiperChosenWithoutModel_UnavailableNamingModelPath()
    {
        using var services = new SynthesisServices(new Dictionary<string, string?> { ["Speech:Synthesis:Engine"] = "piper" });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => services.Synthesis.SynthesizeAsync(Text, null, CancellationToken.None));

        Assert.Contains("Speech:Synthesis:Piper:ModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_ModelPathToMissingFile_UnavailableNamingModelPath()
    {
        using var services = new SynthesisServices(new Dictionary<string, string?> { ["Speech:Synthesis:Piper:ModelPath"] = "/nonexistent/en_US-amy-low.onnx" });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => services.Synthesis.SynthesizeAsync(Text, "warm", CancellationToken.None));

        Assert.Contains("Speech:Synthesis:Piper:ModelPath", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, services.Synthesis.Counters.CacheHits);
    }

    [Fact]
    public async Task SynthesizeAsync_ModelPresentLibraryMissing_UnavailableNamingLibraryPath()
    {
        using var folder = new TempFolder("speech-tests-piper");
        var model = Path.Combine(folder.Path, "voice.onnx");
        await File.WriteAllBytesAsync(model, [0x08, 0x07, 0x12]);
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "tokens.txt"), "_ 0\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "espeak-ng-data"));
        using var services = new SynthesisServices(new Dictionary<string, string?>
        {
            ["Speech:Synthesis:Piper:ModelPath"] = model,
            ["Speech:Synthesis:Piper:LibraryPath"] = Path.Combine(folder.Path, "libsherpa-onnx-c-api.so"),
        });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => SpokenAudio.AllAsync(services.Synthesizer("piper").SynthesizeAsync(Text, "professional", CancellationToken.None)));

        Assert.Contains("Speech:Synthesis:Piper:LibraryPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_TokensMissingBesideModel_UnavailableNamingTokensPath()
    {
        using var folder = new TempFolder("speech-tests-piper");
        var model = Path.Combine(folder.Path, "voice.onnx");
        await File.WriteAllBytesAsync(model, [0x08, 0x07, 0x12]);
        using var services = new SynthesisServices(new Dictionary<string, string?> { ["Speech:Synthesis:Piper:ModelPath"] = model });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => services.Synthesis.SynthesizeAsync(Text, null, CancellationToken.None));

        Assert.Contains("Speech:Synthesis:Piper:TokensPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SynthesizeAsync_ModelPathNotAnOnnxFile_UnavailableBeforeTheNativeLibrarySeesIt()
    {
        using var folder = new TempFolder("speech-tests-piper");
        var model = Path.Combine(folder.Path, "voice.onnx");
        await File.WriteAllTextAsync(model, "<html>not found</html>");
        using var services = new SynthesisServices(new Dictionary<string, string?> { ["Speech:Synthesis:Piper:ModelPath"] = model });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => services.Synthesis.SynthesizeAsync(Text, null, CancellationToken.None));

        Assert.Contains("is not an ONNX model", error.Message, StringComparison.Ordinal);
    }
}
