using System.Text;
using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Tests.Audio;

/// <summary>The format is told from the bytes alone.</summary>
public sealed class AudioFormatSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45 }, "Wav")]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53, 0, 2 }, "Ogg")]
    [InlineData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F }, "WebM")]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 3, 0 }, "Mp3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, "Mp3")]
    [InlineData(new byte[] { 0x66, 0x4C, 0x61, 0x43, 0 }, "Flac")]
    [InlineData(new byte[] { 0xFF, 0xF1, 0x50, 0x80 }, "Unknown")] // AAC ADTS: layer bits 00
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "Unknown")] // PNG
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20 }, "Unknown")] // RIFF AVI
    public void Detect_MagicBytes_TellsTheFormat(byte[] bytes, string expected)
    {
        Assert.Equal(Enum.Parse<AudioFormat>(expected), AudioFormatSniffer.Detect(bytes));
    }

    [Fact]
    public void Detect_TextFile_Unknown()
    {
        Assert.Equal(AudioFormat.Unknown, AudioFormatSniffer.Detect(Encoding.UTF8.GetBytes("My answer, typed into a file named answer.mp3")));
    }
}
