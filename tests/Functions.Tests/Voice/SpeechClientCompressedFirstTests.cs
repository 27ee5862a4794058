using MockInterview.Speech.Client;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The speech client asked for the compressed copy first (a client that refuses WAV): the job says so, and a
/// cached entry without its copy goes to the worker for it, or is served as it is when no worker is alive.</summary>
public sealed class SpeechClientCompressedFirstTests
{
    private const string Text = "Hello.";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly SynthesizedSpeech WavOnly = new(new string('a', 32), null, null, 2.5, "flite", "professional", FromCache: true);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SynthesizeAsync_NotCached_JobCarriesCompressedFirst(bool compressedFirst)
    {
        await using var host = new SpeechClientHost();
        await host.BeatAsync();

        var pending = host.Client.SynthesizeAsync(Text, null, Deadline, compressedFirst, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);
        var speech = new SynthesizedSpeech(new string('b', 32), new string('c', 32), "audio/ogg", 1.5, "flite", "professional", FromCache: false);
        host.Handler.Handle(SpeechJson.Serialize(Succeeded(job) with { Speech = speech }));

        Assert.Equal(compressedFirst, job.CompressedFirst);
        Assert.Equal(speech, (await Eventually.WithinAsync(pending)).Value);
    }

    [Fact]
    public async Task SynthesizeAsync_CachedWithoutCopyCompressedFirst_WorkerAskedForTheCopy()
    {
        await using var host = new SpeechClientHost(new NoCachedSpeech(Text, WavOnly));
        await host.BeatAsync();

        var pending = host.Client.SynthesizeAsync(Text, null, Deadline, compressedFirst: true, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);
        var withCopy = WavOnly with { CompressedKey = new string('c', 32), CompressedMediaType = "audio/ogg" };
        host.Handler.Handle(SpeechJson.Serialize(Succeeded(job) with { Speech = withCopy }));

        Assert.True(job.CompressedFirst);
        Assert.Equal(withCopy, (await Eventually.WithinAsync(pending)).Value);
    }

    [Fact]
    public async Task SynthesizeAsync_CachedWithoutCopyNoWorker_CachedServedAsItIs()
    {
        await using var host = new SpeechClientHost(new NoCachedSpeech(Text, WavOnly));

        var outcome = await host.Client.SynthesizeAsync(Text, null, Deadline, compressedFirst: true, CancellationToken.None);

        Assert.Equal(SpeechOutcomeKind.Succeeded, outcome.Kind);
        Assert.Same(WavOnly, outcome.Value);
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    private static SpeechJobResult Succeeded(SpeechJob job) =>
        new(job.JobId, job.Kind, SpeechJobStatus.Succeeded, null, null, null, null, "test-worker", DateTimeOffset.UnixEpoch, 5, 40);
}
