using MockInterview.Speech.Tests.Support;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Tests.Synthesis;

public sealed class SpeechSynthesisCacheTests : IDisposable
{
    private const string Question = "Walk me through how you would design a rate limiter for a public API.";

    private readonly SynthesisServices services = new();

    [Fact]
    public async Task SynthesizeAsync_SameTextTwice_SecondFromCacheWithoutRunningTheEngine()
    {
        var first = await services.Synthesis.SynthesizeAsync(Question, "professional", CancellationToken.None);
        var second = await services.Synthesis.SynthesizeAsync("  Walk me through how you would design a rate limiter for a public API. ", "Professional", CancellationToken.None);

        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
        Assert.Equal(first.WavKey, second.WavKey);
        Assert.Equal(first.PendingCompressedKey, second.CompressedKey ?? second.PendingCompressedKey);
        Assert.Equal(first.DurationSeconds, second.DurationSeconds, 3);
        Assert.Equal(("flite", "professional"), (second.Engine, second.Voice));
    }

    [Fact]
    public async Task SynthesizeAsync_ConcurrentRequestsForOneText_EngineRunsOnce()
    {
        var requests = Enumerable.Range(0, 6).Select(_ => Task.Run(() => services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None)));

        var results = await Task.WhenAll(requests);

        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
        Assert.Single(results.Select(r => r.WavKey).Distinct());
    }

    [Fact]
    public async Task SynthesizeAsync_DifferentVoice_DifferentKeysAndAnotherRun()
    {
        var professional = await services.Synthesis.SynthesizeAsync(Question, "professional", CancellationToken.None);
        var warm = await services.Synthesis.SynthesizeAsync(Question, "warm", CancellationToken.None);

        Assert.NotEqual(professional.WavKey, warm.WavKey);
        Assert.NotNull(professional.PendingCompressedKey);
        Assert.NotEqual(professional.PendingCompressedKey, warm.PendingCompressedKey);
        Assert.False(warm.FromCache);
        Assert.Equal(2, services.Synthesis.Counters.EngineRuns);
    }

    [Fact]
    public async Task SynthesizeAsync_NewCacheVersion_DifferentKey()
    {
        using var bumped = new SynthesisServices(new Dictionary<string, string?> { ["Speech:Synthesis:CacheVersion"] = "2" });

        var before = await services.Synthesis.FindCachedAsync(Question, null, CancellationToken.None);
        var first = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None);
        var other = await bumped.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None);

        Assert.Null(before);
        Assert.NotEqual(first.WavKey, other.WavKey);
    }

    [Fact]
    public async Task FindCachedAsync_AfterSynthesis_StoredAudioWithItsDurationAndNoEngineRun()
    {
        Assert.Null(await services.Synthesis.FindCachedAsync(Question, "brisk", CancellationToken.None));
        var spoken = await services.Synthesis.SynthesizeAsync(Question, "brisk", CancellationToken.None);
        await services.Compression.WhenDoneAsync(spoken.PendingCompressedKey!).WaitAsync(TimeSpan.FromSeconds(30));

        var found = await services.Synthesis.FindCachedAsync(Question, "brisk", CancellationToken.None);

        Assert.NotNull(found);
        Assert.True(found.FromCache);
        Assert.Equal(spoken with { FromCache = true, CompressedKey = spoken.PendingCompressedKey, CompressedMediaType = "audio/ogg", PendingCompressedKey = null }, found);
        var wav = await SpokenAudio.ReadWavAsync(services.Files, found.WavKey);
        Assert.Equal(wav.DurationSeconds, found.DurationSeconds, 3);
        Assert.True(FileKeys.IsValid(found.WavKey) && FileKeys.IsValid(found.CompressedKey));
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
    }

    [Fact]
    public async Task SynthesizeAsync_AnotherProcessStoredTheAudioFirst_ExistingFileIsAHit()
    {
        // Two services on one folder stand for two worker processes: the second finds the first's files.
        using var other = new SynthesisServices();
        var otherStore = new FolderFileStore(services.Files.Folder);
        var spoken = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None);

        await using var wav = await otherStore.OpenReadAsync(spoken.WavKey, CancellationToken.None);
        Assert.NotNull(wav);
        var again = await services.Synthesis.SynthesizeAsync(Question, null, CancellationToken.None);
        Assert.True(again.FromCache);
    }

    [Fact]
    public async Task StreamAsync_NewText_ChunksAsSpokenThenStoredForTheNextRequest()
    {
        const string text = "First, a warm-up. Then a harder one. Finally, your questions for us.";
        var chunks = 0;
        await foreach (var chunk in services.Synthesis.StreamAsync(text, null, CancellationToken.None))
        {
            chunks++;
            Assert.True(SpokenAudio.Rms(chunk) > 300);
        }

        var cached = await services.Synthesis.SynthesizeAsync(text, null, CancellationToken.None);

        Assert.Equal(3, chunks);
        Assert.True(cached.FromCache);
        Assert.Equal(1, services.Synthesis.Counters.EngineRuns);
    }

    public void Dispose() => services.Dispose();
}
