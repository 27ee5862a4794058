using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.SpeechRecognition;

/// <summary>Bad speech-to-text settings fail at start with the setting's name.</summary>
public sealed class RecognitionOptionsTests
{
    [Theory]
    [InlineData("Speech:Recognition:Engine", "kaldi")]
    [InlineData("Speech:Recognition:PocketSphinx:PieceSeconds", "0.5")]
    [InlineData("Speech:Recognition:PocketSphinx:Decoders", "-1")]
    [InlineData("Speech:Recognition:Whisper:Contexts", "0")]
    public void Options_BadRecognitionSetting_FailsValidation(string key, string value)
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?> { [key] = value });

        Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IOptions<RecognitionOptions>>().Value);
    }

    [Theory]
    [InlineData("Speech:Audio:MaxSeconds", "0")]
    [InlineData("Speech:Audio:MaxBytes", "10")]
    [InlineData("Speech:Audio:FfmpegPath", " ")]
    public void Options_BadAudioSetting_FailsValidationNamingIt(string key, string value)
    {
        using var services = SpeechServices.Create(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AudioOptions>>().Value);

        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_Valid()
    {
        using var services = SpeechServices.Create();

        Assert.Equal(RecognitionEngine.PocketSphinx, services.GetRequiredService<IOptions<RecognitionOptions>>().Value.ChosenEngine);
        Assert.Equal(300, services.GetRequiredService<IOptions<AudioOptions>>().Value.MaxSeconds);
    }
}
