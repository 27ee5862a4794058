using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class SynthesisTextTests
{
    [Fact]
    public void Prepare_ControlAndBidiCharacters_RemovedWordsKeptApart()
    {
        var prepared = SynthesisText.Prepare("Why\u0007did\u202E you \u2066leave\u2069 your\u200B last\tjob?\r\n", 2000);

        Assert.Equal("Why did you leave your last job?", prepared);
    }

    [Fact]
    public void Prepare_SameQuestionDifferentSpacing_SameText()
    {
        Assert.Equal(SynthesisText.Prepare("  Tell me   about\nyourself. ", 2000), SynthesisText.Prepare("Tell me about yourself.", 2000));
    }

    [Fact]
    public void Prepare_ExactlyTheLimit_Accepted()
    {
        Assert.Equal(2000, SynthesisText.Prepare(new string('a', 2000), 2000).Length);
    }
}
