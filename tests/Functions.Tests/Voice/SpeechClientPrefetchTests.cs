using MockInterview.Speech.Jobs;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Queues;

namespace MockInterview.Functions.Tests.Voice;

/// <summary><c>SpeechClient.PrefetchAsync</c> against the real queue: a synthesis queued into the question-audio cache,
/// nobody waiting for it; nothing when the audio is cached or no worker is alive.</summary>
public sealed class SpeechClientPrefetchTests
{
    private const string Question = "How do you decide what to test first in a system you do not know yet?";

    [Fact]
    public async Task PrefetchAsync_NotCachedWorkerAlive_SynthesizeJobQueuedAndNobodyWaits()
    {
        await using var host = new SpeechClientHost();
        await host.BeatAsync();

        var queued = await host.Client.PrefetchAsync(Question, "warm", CancellationToken.None);

        Assert.True(queued);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);
        Assert.Equal((SpeechJobKind.Synthesize, Question, "warm"), (job.Kind, job.Text, job.Voice));
        Assert.Equal(host.Clock.GetUtcNow() + host.Client.SynthesizeDeadline, job.ExpiresAt);

        // Its result, when the worker sends it, is dropped: the cache is what keeps the audio.
        var result = new SpeechJobResult(job.JobId, SpeechJobKind.Synthesize, SpeechJobStatus.Succeeded, null,
            new SynthesizedSpeech(new string('a', 32), null, null, 2, "flite", "warm", false), null, null, "test-worker", host.Clock.GetUtcNow(), 1, 40);
        Assert.False(host.Handler.Handle(SpeechJson.Serialize(result)));
    }

    [Fact]
    public async Task PrefetchAsync_AlreadyCached_FalseAndNothingQueued()
    {
        var cached = new SynthesizedSpeech(new string('b', 32), new string('c', 32), "audio/ogg", 2, "flite", "professional", true);
        var speech = new NoCachedSpeech(Question, cached);
        await using var host = new SpeechClientHost(speech);
        await host.BeatAsync();

        var queued = await host.Client.PrefetchAsync(Question, null, CancellationToken.None);

        Assert.False(queued);
        Assert.Equal(1, speech.Lookups);
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    [Fact]
    public async Task PrefetchAsync_NoWorkerAlive_FalseAndNothingQueued()
    {
        await using var host = new SpeechClientHost();

        var queued = await host.Client.PrefetchAsync(Question, null, CancellationToken.None);

        Assert.False(queued);
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    [Fact]
    public async Task PrefetchAsync_TextTheWorkerWouldRefuse_FalseWithoutThrowing()
    {
        await using var host = new SpeechClientHost();
        await host.BeatAsync();

        var queued = await host.Client.PrefetchAsync("   ", null, CancellationToken.None);

        Assert.False(queued);
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }
}
