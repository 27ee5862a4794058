using MockInterview.Speech.Audio;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class HostileTextTests : IDisposable
{
    private readonly SynthesisServices services = new();

    [Theory]
    [InlineData("flite", "professional", "-o /tmp/mockinterview-tts-pwned --help please speak this")]
    [InlineData("espeak-ng", "clear", "-w /tmp/mockinterview-tts-pwned --help please speak this")]
    [InlineData("flite", "professional", "He said \"it's done\"; $(touch /tmp/mockinterview-tts-pwned) `id` | cat && echo > /tmp/mockinterview-tts-pwned")]
    [InlineData("espeak-ng", "clear", "He said \"it's done\"; $(touch /tmp/mockinterview-tts-pwned) `id` | cat && echo > /tmp/mockinterview-tts-pwned")]
    [InlineData("flite", "warm", "Bell\u0007 and escape\u001b[31m and \u202Ereversed\u202C text\u2066 isolated\u2069 here")]
    public async Task SynthesizeAsync_HostileText_SpokenNotExecuted(string engine, string preset, string text)
    {
        var audio = await SpokenAudio.AllAsync(services.Synthesizer(engine).SynthesizeAsync(text, preset, CancellationToken.None));

        Assert.True(audio.DurationSeconds > 1.5, $"only {audio.DurationSeconds:0.00} s: the text was not spoken whole");
        Assert.True(SpokenAudio.Rms(audio) > 300);
        Assert.False(File.Exists("/tmp/mockinterview-tts-pwned"));
    }

    [Fact]
    public async Task SynthesizeAsync_TextOneCharacterTooLong_TextTooLong()
    {
        var error = await Assert.ThrowsAsync<SpeechInputException>(() => services.Synthesis.SynthesizeAsync(new string('a', 2001), null, CancellationToken.None));

        Assert.Equal("textTooLong", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("\u0000\u0007\u202E\u200B")]
    [InlineData(" ... !? ")]
    public async Task SynthesizeAsync_NothingToSay_TextEmpty(string text)
    {
        var error = await Assert.ThrowsAsync<SpeechInputException>(() => services.Synthesis.SynthesizeAsync(text, null, CancellationToken.None));

        Assert.Equal("textEmpty", error.Code);
        Assert.Equal(0, services.Synthesis.Counters.EngineRuns);
    }

    public void Dispose() => services.Dispose();
}
