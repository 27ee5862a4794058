using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>No Whisper model or whisper.cpp library can be installed here: the engine is chosen by configuration and
/// fails with an error naming the setting to fix.</summary>
public sealed class WhisperRecognizerTests
{
    [Fact]
    public async Task TranscribeAsync_EngineWhisperWithoutModelPath_UnavailableNamingModelPath()
    {
        var error = await TranscribeAsync(new() { ["Speech:Recognition:Engine"] = "whisper" });

        Assert.Contains("Speech:Recognition:Whisper:ModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscribeAsync_ModelFileMissing_UnavailableNamingModelPath()
    {
        var error = await TranscribeAsync(new() { ["Speech:Recognition:Whisper:ModelPath"] = "/nonexistent/ggml-base.en.bin" });

        Assert.Contains("'/nonexistent/ggml-base.en.bin' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Speech:Recognition:Whisper:ModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscribeAsync_ModelPresentLibraryMissing_UnavailableNamingLibraryPath()
    {
        using var folder = new TempFolder("speech-tests-whisper");
        var model = Path.Combine(folder.Path, "ggml-tiny.en.bin");
        await File.WriteAllBytesAsync(model, [0x6C, 0x6D, 0x67, 0x67]);

        var error = await TranscribeAsync(new()
        {
            ["Speech:Recognition:Whisper:ModelPath"] = model,
            ["Speech:Recognition:Whisper:LibraryPath"] = "/nonexistent/libwhisper.so",
        });

        Assert.Contains("Speech:Recognition:Whisper:LibraryPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/libwhisper.so", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscribeAsync_SilenceWithoutModel_UnavailableRatherThanNoSpeech()
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?> { ["Speech:Recognition:Engine"] = "whisper" });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(
            () => services.GetRequiredService<ISpeechRecognizer>().TranscribeAsync(AudioFixtures.Silence(2), null, CancellationToken.None));

        Assert.Contains("Speech:Recognition:Whisper:ModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognizer_AutoWithModelPath_IsWhisper()
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?> { ["Speech:Recognition:Whisper:ModelPath"] = "/models/ggml-base.en.bin" });

        Assert.Equal("whisper", services.GetRequiredService<ISpeechRecognizer>().Name);
    }

    [Fact]
    public void Recognizer_AutoWithoutModelPath_IsPocketSphinx()
    {
        using var services = SpeechServices.Create();

        Assert.Equal("pocketsphinx", services.GetRequiredService<ISpeechRecognizer>().Name);
    }

    [Fact]
    public void Recognizer_PocketSphinxChosenDespiteModelPath_IsPocketSphinx()
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?>
        {
            ["Speech:Recognition:Engine"] = "pocketsphinx",
            ["Speech:Recognition:Whisper:ModelPath"] = "/models/ggml-base.en.bin",
        });

        Assert.Equal("pocketsphinx", services.GetRequiredService<ISpeechRecognizer>().Name);
    }

    private static async Task<SpeechEngineUnavailableException> TranscribeAsync(Dictionary<string, string?> settings)
    {
        using var services = SpeechServices.Create(settings);
        var recognizer = services.GetRequiredService<ISpeechRecognizer>();
        var audio = await FliteSpeech.PcmAsync("Tell me about a project you are proud of.");

        Assert.Equal("whisper", recognizer.Name);
        return await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => recognizer.TranscribeAsync(audio, null, CancellationToken.None));
    }
}
