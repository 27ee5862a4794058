using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Tests.Support;
using MockInterview.Speech.Tests.Synthesis;

namespace MockInterview.Speech.Tests.Encoders;

public sealed class AudioEncoderTests
{
    private const string Text = "Please describe a time you disagreed with a teammate, and what happened next.";

    [Theory]
    [InlineData("auto", "audio/ogg", "ogg", "opus")]
    [InlineData("opus", "audio/ogg", "ogg", "opus")]
    [InlineData("mp3", "audio/mpeg", "mp3", "mp3")]
    public async Task WriteCompressedAsync_Speech_RealStreamFfprobeDecodesToTheSameLength(string compression, string mediaType, string container, string codec)
    {
        using var services = new SynthesisServices(new Dictionary<string, string?> { ["Speech:Encoding:Compression"] = compression });
        var encoder = services.Provider.GetRequiredService<IAudioEncoder>();
        var audio = await SpokenAudio.AllAsync(services.Synthesizer("flite").SynthesizeAsync(Text, "professional", CancellationToken.None));
        using var output = new MemoryStream();

        await encoder.WriteCompressedAsync(audio, output, CancellationToken.None);

        var probed = await Ffprobe.ProbeAsync(output.ToArray());
        Assert.Equal(mediaType, encoder.CompressedMediaType);
        Assert.Equal((container, codec), (probed.Format, probed.Codec));
        Assert.InRange(probed.Seconds, audio.DurationSeconds - 0.1, audio.DurationSeconds + 0.15);
        Assert.True(output.Length < audio.Samples.Length * 2 / 3, "compressed is not smaller than a third of the PCM");
    }

    [Fact]
    public async Task WriteCompressedAsync_EspeakRateNotOpusNative_StillEncodedAtItsLength()
    {
        using var services = new SynthesisServices();
        var encoder = services.Provider.GetRequiredService<IAudioEncoder>();
        var audio = await SpokenAudio.AllAsync(services.Synthesizer("espeak-ng").SynthesizeAsync(Text, "clear", CancellationToken.None));
        using var output = new MemoryStream();

        await encoder.WriteCompressedAsync(audio, output, CancellationToken.None);

        Assert.Equal(22050, audio.SampleRate);
        Assert.InRange((await Ffprobe.ProbeAsync(output.ToArray())).Seconds, audio.DurationSeconds - 0.1, audio.DurationSeconds + 0.15);
    }

    [Theory]
    [InlineData("Speech:Encoding:Compression", "none")]
    [InlineData("Speech:Encoding:FfmpegPath", "/nonexistent/ffmpeg")]
    public async Task WriteCompressedAsync_NoCompressor_NoMediaTypeAndUnavailable(string setting, string value)
    {
        using var services = new SynthesisServices(new Dictionary<string, string?> { [setting] = value });
        var encoder = services.Provider.GetRequiredService<IAudioEncoder>();

        Assert.Null(encoder.CompressedMediaType);
        await Assert.ThrowsAsync<SpeechEngineUnavailableException>(() => encoder.WriteCompressedAsync(new PcmAudio(new short[1600], 16000), Stream.Null, CancellationToken.None));
        var speech = await services.Synthesis.SynthesizeAsync(Text, null, CancellationToken.None);
        Assert.Null(speech.CompressedKey);
        Assert.Null(speech.CompressedMediaType);
    }

    [Fact]
    public async Task WriteWavAsync_Samples_ReadBackIdentical()
    {
        using var services = new SynthesisServices();
        var encoder = services.Provider.GetRequiredService<IAudioEncoder>();
        var samples = Enumerable.Range(0, 4000).Select(i => (short)((i * 37 % 2000) - 1000)).ToArray();
        using var output = new MemoryStream();

        await encoder.WriteWavAsync(new PcmAudio(samples, 22050), output, CancellationToken.None);

        var bytes = output.ToArray();
        var format = WavReader.ReadFormat(bytes);
        Assert.Equal((1, 22050, 16), (format.Channels, format.SampleRate, format.BitsPerSample));
        Assert.Equal(samples, WavReader.ReadMono(bytes, format).Select(f => (short)Math.Round(f * 32768)).ToArray());
    }
}
