using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Encoders;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Tests.Support;

namespace MockInterview.Speech.Tests.Synthesis;

/// <summary>Synthesis asked for the compressed copy first (real flite, real ffmpeg): the result comes back with the
/// Ogg/Opus copy stored, for a new text and for a cached entry that lacks it; a compressor that cannot run leaves the WAV.</summary>
public sealed class CompressedFirstSynthesisTests : IDisposable
{
    private const string Question = "Walk me through how you would review a colleague's design.";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly GatedEncoder encoder;
    private readonly SynthesisServices services;

    public CompressedFirstSynthesisTests() : this(fail: false)
    {
    }

    private CompressedFirstSynthesisTests(bool fail)
    {
        (services, encoder) = GatedEncoder.Install(fail);
        encoder.Open();
    }

    [Fact]
    public async Task SynthesizeAsync_NewTextCompressedFirst_ReturnsWithOggStored()
    {
        var spoken = await services.Synthesis.SynthesizeAsync(Question, null, compressedFirst: true, CancellationToken.None).WaitAsync(Bound);

        Assert.False(spoken.FromCache);
        Assert.Null(spoken.PendingCompressedKey);
        Assert.Equal("audio/ogg", spoken.CompressedMediaType);
        Assert.NotNull(spoken.CompressedKey);
        await AssertOggAsync(spoken.CompressedKey, spoken.DurationSeconds);

        // Made in the call, not scheduled after it.
        Assert.Equal(0, services.Compression.Pending);
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
        Assert.Equal(spoken.CompressedKey, (await services.Synthesis.FindCachedAsync(Question, null, CancellationToken.None))?.CompressedKey);
    }

    [Fact]
    public async Task SynthesizeAsync_HitWithoutCopyCompressedFirst_CopyMadeBeforeReturn()
    {
        var first = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        await services.Compression.WhenDoneAsync(first.PendingCompressedKey!).WaitAsync(Bound);
        Assert.True(await services.Files.DeleteAsync(first.PendingCompressedKey!, CancellationToken.None));

        var hit = await services.Synthesis.SynthesizeAsync(Question, null, compressedFirst: true, CancellationToken.None).WaitAsync(Bound);

        Assert.True(hit.FromCache);
        Assert.Equal(first.PendingCompressedKey, hit.CompressedKey);
        Assert.Null(hit.PendingCompressedKey);
        await AssertOggAsync(hit.CompressedKey!, hit.DurationSeconds);
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
    }

    [Fact]
    public async Task SynthesizeAsync_CompressorFailsCompressedFirst_WavWithoutCopy()
    {
        using var failing = new CompressedFirstSynthesisTests(fail: true);

        var spoken = await failing.services.Synthesis.SynthesizeAsync(Question, null, compressedFirst: true, CancellationToken.None).WaitAsync(Bound);

        Assert.Null(spoken.CompressedKey);
        Assert.Null(spoken.CompressedMediaType);
        Assert.Equal(spoken.WavKey, Path.GetFileName(Assert.Single(failing.services.StoredFiles())));
    }

    public void Dispose() => services.Dispose();

    private async Task AssertOggAsync(string key, double seconds)
    {
        await using var stored = await services.Files.OpenReadAsync(key, CancellationToken.None);
        Assert.NotNull(stored);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        var ogg = copy.ToArray();
        Assert.True(ogg.AsSpan(0, 4).SequenceEqual("OggS"u8), "not an Ogg file");

        // Decoded whole by the real decoder (ffmpeg): every packet is valid and it is as long as the WAV.
        var decoded = await SharedSpeech.Decoder.DecodeAsync(new MemoryStream(ogg), CancellationToken.None).WaitAsync(Bound);
        Assert.InRange(decoded.DurationSeconds, seconds - 0.1, seconds + 0.1);
    }
}
