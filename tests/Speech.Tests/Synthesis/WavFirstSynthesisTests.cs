using Microsoft.Extensions.DependencyInjection;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Encoders;
using MockInterview.Speech.Synthesis;
using MockInterview.Speech.Tests.Support;
using MockInterview.TestSupport;

namespace MockInterview.Speech.Tests.Synthesis;

/// <summary>A new text's synthesis is done once its WAV is stored (real flite, real ffmpeg behind a gate): the Ogg/Opus
/// copy is encoded afterwards and joins the cache entry; failures and stops leave the WAV and nothing half-made.</summary>
public sealed class WavFirstSynthesisTests : IDisposable
{
    private const string Question = "Tell me about a time you had to change a plan halfway through a project.";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly GatedEncoder encoder;
    private readonly SynthesisServices services;

    public WavFirstSynthesisTests() : this(fail: false)
    {
    }

    private WavFirstSynthesisTests(bool fail)
    {
        (services, encoder) = GatedEncoder.Install(fail);
    }

    [Fact]
    public async Task SynthesizeAsync_NewText_DoneWhenWavStoredThenCopyJoinsEntry()
    {
        var spoken = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);

        // The copy is still at the gate: the result came back with the WAV alone.
        await encoder.Entered.WaitAsync(Bound);
        Assert.False(spoken.FromCache);
        Assert.Null(spoken.CompressedKey);
        Assert.NotNull(spoken.PendingCompressedKey);
        Assert.True(await services.Files.OpenReadAsync(spoken.PendingCompressedKey, CancellationToken.None) is null);
        var cached = await services.Synthesis.FindCachedAsync(Question, null, CancellationToken.None);
        Assert.Equal((spoken.WavKey, null), (cached?.WavKey, cached?.CompressedKey));

        encoder.Open();
        await services.Compression.WhenDoneAsync(spoken.PendingCompressedKey).WaitAsync(Bound);

        var later = await services.Synthesis.FindCachedAsync(Question, null, CancellationToken.None);
        Assert.Equal(spoken.PendingCompressedKey, later?.CompressedKey);
        Assert.Equal("audio/ogg", later?.CompressedMediaType);
        await using var ogg = await services.Files.OpenReadAsync(later!.CompressedKey!, CancellationToken.None);
        var magic = new byte[4];
        await ogg!.ReadExactlyAsync(magic);
        Assert.Equal("OggS"u8.ToArray(), magic);
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
    }

    [Fact]
    public async Task SynthesizeAsync_ConcurrentWhileCopyPending_OneEngineRunOneCopy()
    {
        var first = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        var again = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None)))).WaitAsync(Bound);

        Assert.All(again, a => Assert.True(a.FromCache));
        Assert.All(again, a => Assert.Equal(first.PendingCompressedKey, a.PendingCompressedKey));
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
        Assert.Equal(1, services.Compression.Pending);
        encoder.Open();
        await services.Compression.WhenDoneAsync(first.PendingCompressedKey!).WaitAsync(Bound);
        Assert.Equal(2, services.StoredFiles().Count);
    }

    [Fact]
    public async Task SynthesizeAsync_CopyFails_WavStaysAndIsServed()
    {
        using var failing = new WavFirstSynthesisTests(fail: true);
        failing.encoder.Open();

        var spoken = await failing.services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        await failing.services.Compression.WhenDoneAsync(spoken.PendingCompressedKey!).WaitAsync(Bound);

        var cached = await failing.services.Synthesis.FindCachedAsync(Question, null, CancellationToken.None);
        Assert.NotNull(cached);
        Assert.Null(cached.CompressedKey);
        Assert.Equal(spoken.WavKey, Path.GetFileName(Assert.Single(failing.services.StoredFiles())));
    }

    [Fact]
    public async Task SynthesizeAsync_HitWithoutItsCopy_CopyMadeAgain()
    {
        encoder.Open();
        var spoken = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        await services.Compression.WhenDoneAsync(spoken.PendingCompressedKey!).WaitAsync(Bound);
        Assert.True(await services.Files.DeleteAsync(spoken.PendingCompressedKey!, CancellationToken.None));

        var hit = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        await services.Compression.WhenDoneAsync(spoken.PendingCompressedKey!).WaitAsync(Bound);

        Assert.True(hit.FromCache);
        Assert.Equal(spoken.PendingCompressedKey, hit.PendingCompressedKey);
        Assert.Equal(spoken.PendingCompressedKey, (await services.Synthesis.FindCachedAsync(Question, null, CancellationToken.None))?.CompressedKey);
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
    }

    [Fact]
    public async Task Compression_WavDeletedWhileEncoding_CopyDeletedToo()
    {
        var spoken = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        await encoder.Entered.WaitAsync(Bound);

        // What the ad-hoc endpoint does once the WAV is served: the copy made afterwards must not outlive it.
        Assert.True(await services.Files.DeleteAsync(spoken.WavKey, CancellationToken.None));
        encoder.Open();
        await services.Compression.WhenDoneAsync(spoken.PendingCompressedKey!).WaitAsync(Bound);

        Assert.Empty(services.StoredFiles());
    }

    [Fact]
    public async Task Dispose_WhileEncoding_CancelledAndOnlyTheWavLeft()
    {
        var spoken = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None).WaitAsync(Bound);
        await encoder.Entered.WaitAsync(Bound);

        await services.Compression.DisposeAsync().AsTask().WaitAsync(Bound);

        Assert.Equal(0, services.Compression.Pending);
        Assert.Equal(spoken.WavKey, Path.GetFileName(Assert.Single(services.StoredFiles())));
        Assert.False(services.Compression.TrySchedule(
            new SynthesisRequest(Question, new ResolvedVoice("professional", "flite", "kal", 1, 1), spoken.WavKey, spoken.PendingCompressedKey, "audio/ogg"),
            _ => Task.FromResult<PcmAudio?>(null)));
    }

    public void Dispose()
    {
        encoder.Open();
        services.Dispose();
    }
}
