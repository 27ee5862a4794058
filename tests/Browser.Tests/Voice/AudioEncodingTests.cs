using System.Text.Json;

namespace MockInterview.Browser.Tests.Voice;

/// <summary>voice.js's downsampler (to 16 kHz) and WAV encoder, evaluated in Chromium.</summary>
public sealed class AudioEncodingTests(VoiceLogicFixture fixture) : IClassFixture<VoiceLogicFixture>
{
    // Downsamples one second of a sine of `hz` at `rate`, in uneven chunks and in one; returns lengths and RMS ratio.
    private const string DownsampleScript = """
        ([rate, hz]) => {
          const { Downsampler, frameLevel } = window.MockInterviewVoice.internals;
          const input = new Float32Array(rate).map((_, i) => Math.sin(2 * Math.PI * hz * i / rate));
          const chunked = new Downsampler(rate);
          const parts = [];
          for (let i = 0, size = 128; i < input.length; i += size, size = size === 128 ? 1000 : 128) {
            parts.push(chunked.process(input.subarray(i, i + size)));
          }
          parts.push(chunked.flush());
          const output = new Float32Array(parts.reduce((n, part) => n + part.length, 0));
          let offset = 0;
          for (const part of parts) { output.set(part, offset); offset += part.length; }
          const single = new Downsampler(rate);
          const once = single.process(input);
          let same = true;
          for (let i = 0; i < once.length; i++) same &&= Math.abs(once[i] - output[i]) < 1e-6;
          // Level in the middle (away from the filter's start-up) relative to the input's.
          const gain = frameLevel(output, 2000, 12000) / frameLevel(input, 0, input.length);
          return { length: output.length, gain, same };
        }
        """;

    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    [InlineData(16_000)]
    public async Task Downsampler_OneSecond_SixteenThousandSamplesWhateverTheChunks(int rate)
    {
        var result = await fixture.Page.EvaluateAsync<JsonElement>(DownsampleScript, new[] { rate, 440 });

        Assert.InRange(result.GetProperty("length").GetInt32(), 15_999, 16_000);
        Assert.True(result.GetProperty("same").GetBoolean());
        Assert.InRange(result.GetProperty("gain").GetDouble(), 0.97, 1.03);
    }

    [Theory]
    [InlineData(48_000, 1_000)]
    [InlineData(44_100, 3_000)]
    [InlineData(48_000, 6_000)]
    public async Task Downsampler_SpeechBand_Passes(int rate, int hz)
    {
        var result = await fixture.Page.EvaluateAsync<JsonElement>(DownsampleScript, new[] { rate, hz });

        Assert.InRange(result.GetProperty("gain").GetDouble(), 0.9, 1.05);
    }

    [Theory]
    [InlineData(48_000, 10_000)]
    [InlineData(48_000, 15_000)]
    [InlineData(44_100, 12_000)]
    public async Task Downsampler_AboveNewNyquist_FilteredOutNotFolded(int rate, int hz)
    {
        // Dropping samples would fold these tones into the speech band at almost full level.
        var result = await fixture.Page.EvaluateAsync<JsonElement>(DownsampleScript, new[] { rate, hz });

        Assert.InRange(result.GetProperty("gain").GetDouble(), 0, 0.02);
    }

    [Fact]
    public async Task Downsampler_UpsamplingAsked_Refused()
    {
        var error = await fixture.Page.EvaluateAsync<string>(
            "() => { try { new window.MockInterviewVoice.internals.Downsampler(8000); return ''; } catch (e) { return e.name; } }");

        Assert.Equal("RangeError", error);
    }

    [Fact]
    public async Task TailOf_StopRightAfterACut_PaddedToATenthOfASecond()
    {
        var lengths = await fixture.Page.EvaluateAsync<int[]>("""
            () => {
              const { tailOf } = window.MockInterviewVoice;
              const whole = new Float32Array(32000).fill(0.25);
              return [tailOf(whole, 32000).length, tailOf(whole, 31990).length, tailOf(whole, 16000).length,
                      tailOf(whole, 31990).filter((v) => v === 0.25).length];
            }
            """);

        Assert.Equal([1600, 1600, 16000, 10], lengths);
    }

    [Fact]
    public async Task EncodeWav_Samples_SixteenBitMonoPcmHeaderAndClampedValues()
    {
        var bytes = await fixture.Page.EvaluateAsync<int[]>(
            "() => Array.from(new Uint8Array(window.MockInterviewVoice.encodeWav(Float32Array.of(0, 0.5, -1, 1, 2, -3))))");
        var wav = bytes.Select(b => (byte)b).ToArray();

        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(36 + 12, BitConverter.ToInt32(wav, 4));
        Assert.Equal("WAVEfmt ", System.Text.Encoding.ASCII.GetString(wav, 8, 8));
        Assert.Equal(16, BitConverter.ToInt32(wav, 16));
        Assert.Equal(1, BitConverter.ToInt16(wav, 20));      // PCM
        Assert.Equal(1, BitConverter.ToInt16(wav, 22));      // mono
        Assert.Equal(16_000, BitConverter.ToInt32(wav, 24)); // sample rate
        Assert.Equal(32_000, BitConverter.ToInt32(wav, 28)); // bytes per second
        Assert.Equal(2, BitConverter.ToInt16(wav, 32));      // block align
        Assert.Equal(16, BitConverter.ToInt16(wav, 34));     // bits per sample
        Assert.Equal("data", System.Text.Encoding.ASCII.GetString(wav, 36, 4));
        Assert.Equal(12, BitConverter.ToInt32(wav, 40));
        Assert.Equal(44 + 12, wav.Length);
        short[] samples = [.. Enumerable.Range(0, 6).Select(i => BitConverter.ToInt16(wav, 44 + (i * 2)))];
        Assert.Equal([0, 16384, -32768, 32767, 32767, -32768], samples);
    }
}
