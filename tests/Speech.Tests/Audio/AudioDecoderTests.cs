using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.Audio;

/// <summary>Uploads in every supported format decode to the same 16 kHz mono audio; bad uploads get the right code.</summary>
public sealed class AudioDecoderTests
{
    private const string Sentence = "I would start by asking the customer what problem they are trying to solve.";

    [Theory]
    [InlineData("webm")]
    [InlineData("ogg")]
    [InlineData("mp3")]
    [InlineData("flac")]
    public async Task DecodeAsync_CompressedThroughFfmpeg_SameLengthAsTheWav(string extension)
    {
        var wav = await FliteSpeech.WavAsync(Sentence);
        var compressed = await AudioFixtures.ConvertAsync(wav, extension);

        var fromWav = await DecodeAsync(wav);
        var decoded = await DecodeAsync(compressed);

        Assert.Equal(PcmAudio.RecognitionSampleRate, decoded.SampleRate);
        // Encoders pad the start or the end a little (MP3 by about 50 ms); nothing more.
        Assert.InRange(decoded.DurationSeconds, fromWav.DurationSeconds - 0.05, fromWav.DurationSeconds + 0.1);
        Assert.True(decoded.Samples.Max(s => Math.Abs((int)s)) > 3000, "the decoded audio holds the speech, not silence");
    }

    [Fact]
    public async Task DecodeAsync_NotPlainPcmWav_ConvertedByFfmpeg()
    {
        var wav = await FliteSpeech.WavAsync(Sentence);
        using var folder = new MockInterview.TestSupport.TempFolder("speech-tests-alaw");
        var input = Path.Combine(folder.Path, "in.wav");
        var output = Path.Combine(folder.Path, "alaw.wav");
        await File.WriteAllBytesAsync(input, wav);
        await ExternalTool.RunAsync("ffmpeg", "-hide_banner", "-loglevel", "error", "-i", input, "-c:a", "pcm_alaw", "-ar", "8000", output);

        var decoded = await DecodeAsync(await File.ReadAllBytesAsync(output));

        Assert.InRange(decoded.DurationSeconds, (await DecodeAsync(wav)).DurationSeconds - 0.05, (await DecodeAsync(wav)).DurationSeconds + 0.05);
    }

    [Fact]
    public async Task DecodeAsync_NoBytes_AudioEmpty()
    {
        Assert.Equal("audioEmpty", (await RejectAsync([])).Code);
    }

    [Fact]
    public async Task DecodeAsync_WavWithoutSamples_AudioEmpty()
    {
        Assert.Equal("audioEmpty", (await RejectAsync(AudioFixtures.Wav(new PcmAudio([], 16_000)))).Code);
    }

    [Theory]
    [InlineData("wav")]
    [InlineData("ogg")]
    [InlineData("webm")]
    [InlineData("flac")]
    public async Task DecodeAsync_TruncatedFile_AudioCorrupt(string extension)
    {
        var wav = await FliteSpeech.WavAsync(Sentence);
        var file = extension == "wav" ? wav : await AudioFixtures.ConvertAsync(wav, extension);

        var error = await RejectAsync(file[..(file.Length / 2)]);

        Assert.Equal("audioCorrupt", error.Code);
    }

    [Theory]
    [InlineData("ogg")]
    [InlineData("webm")]
    [InlineData("mp3")]
    public async Task DecodeAsync_HeaderThenGarbage_AudioCorrupt(string extension)
    {
        var file = await AudioFixtures.ConvertAsync(await FliteSpeech.WavAsync(Sentence), extension);
        var garbage = new byte[4000];
        new Random(3).NextBytes(garbage);
        var header = extension == "mp3" ? "ID3\u0003\0\0\0\0\0\u0010"u8.ToArray() : file[..60];

        var error = await RejectAsync([.. header, .. garbage]);

        Assert.Equal("audioCorrupt", error.Code);
    }

    [Fact]
    public async Task DecodeAsync_PngRenamedToWebm_AudioUnsupported()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];

        Assert.Equal("audioUnsupported", (await RejectAsync(png)).Code);
    }

    [Fact]
    public async Task DecodeAsync_TextFile_AudioUnsupported()
    {
        Assert.Equal("audioUnsupported", (await RejectAsync(Encoding.UTF8.GetBytes("This is my answer, typed."))).Code);
    }

    [Fact]
    public async Task DecodeAsync_LargerThanMaxBytes_AudioTooLarge()
    {
        var wav = await FliteSpeech.WavAsync(Sentence);

        var error = await RejectAsync(wav, new() { ["Speech:Audio:MaxBytes"] = "65536" });

        Assert.Equal("audioTooLarge", error.Code);
    }

    [Fact]
    public async Task DecodeAsync_WavLongerThanMaxSeconds_AudioTooLongFromTheHeader()
    {
        var wav = await FliteSpeech.WavAsync(Sentence);

        var error = await RejectAsync(wav, new() { ["Speech:Audio:MaxSeconds"] = "2" });

        Assert.Equal("audioTooLong", error.Code);
        Assert.Contains("2 seconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ogg")]
    [InlineData("mp3")]
    [InlineData("flac")]
    public async Task DecodeAsync_CompressedLongerThanMaxSeconds_AudioTooLong(string extension)
    {
        var file = await AudioFixtures.ConvertAsync(await FliteSpeech.WavAsync(Sentence), extension);

        var error = await RejectAsync(file, new() { ["Speech:Audio:MaxSeconds"] = "2" });

        Assert.Equal("audioTooLong", error.Code);
    }

    [Fact]
    public async Task DecodeAsync_FfmpegMissing_EngineUnavailableNamingTheSetting()
    {
        var ogg = await AudioFixtures.ConvertAsync(await FliteSpeech.WavAsync(Sentence), "ogg");
        using var services = SpeechServices.Create(new Dictionary<string, string?> { ["Speech:Audio:FfmpegPath"] = "/nonexistent/ffmpeg" });

        var error = await Assert.ThrowsAsync<SpeechEngineUnavailableException>(
            () => services.GetRequiredService<IAudioDecoder>().DecodeAsync(new MemoryStream(ogg), CancellationToken.None));

        Assert.Contains("Speech:Audio:FfmpegPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install ffmpeg", error.Message, StringComparison.Ordinal);
    }

    private static Task<PcmAudio> DecodeAsync(byte[] file) =>
        SharedSpeech.Decoder.DecodeAsync(new MemoryStream(file), CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

    private static async Task<SpeechInputException> RejectAsync(byte[] file, Dictionary<string, string?>? settings = null)
    {
        using var services = SpeechServices.Create(settings);
        var decoder = services.GetRequiredService<IAudioDecoder>();
        return await Assert.ThrowsAsync<SpeechInputException>(() => decoder.DecodeAsync(new MemoryStream(file), CancellationToken.None))
            .WaitAsync(TimeSpan.FromMinutes(1));
    }
}
