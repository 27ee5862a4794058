using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class SynthesisOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new SynthesisOptionsValidator().Validate(null, new SynthesisOptions()).Succeeded);
    }

    [Theory]
    [InlineData("flite", "--help", 1.0)]
    [InlineData("flite", "../../etc/voice", 1.0)]
    [InlineData("say", "slt", 1.0)]
    [InlineData("flite", "slt", 5.0)]
    [InlineData("piper", "amy", 1.0)]
    public void Validate_BadPreset_FailsNamingIt(string engine, string voice, double rate)
    {
        var options = new SynthesisOptions { Voices = [new VoicePreset { Name = "odd", Engine = engine, Voice = voice, Rate = rate }] };

        var result = new SynthesisOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Speech:Synthesis:Voices:0", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownEngineAndDuplicatePreset_BothReported()
    {
        var options = new SynthesisOptions
        {
            Engine = "festival",
            Voices = [new VoicePreset { Name = "a", Voice = "slt" }, new VoicePreset { Name = "A", Voice = "awb" }],
        };

        var result = new SynthesisOptionsValidator().Validate(null, options);

        Assert.Contains("Engine must be", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("used twice", result.FailureMessage, StringComparison.Ordinal);
    }
}
