using MockInterview.Speech.Client;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Queues;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The speech client against the real queue and file store; the test is the worker.</summary>
public sealed class SpeechClientTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private readonly SpeechClientHost host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TranscribeAsync_WorkerAnswers_TranscriptAndAudioDeleted()
    {
        await host.BeatAsync();
        var pending = host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), 2.5, Deadline, CancellationToken.None);
        var message = await host.TakeJobAsync();
        var job = SpeechJson.Deserialize<SpeechJob>(message.Body);

        Assert.Equal(SpeechJobKind.Transcribe, job.Kind);
        Assert.Equal(2.5, job.EndOfTurnSilenceSeconds);
        Assert.Equal(host.Clock.GetUtcNow() + Deadline, job.ExpiresAt);
        await using (var stored = await host.Files.OpenReadAsync(job.AudioKey!, CancellationToken.None))
        {
            Assert.NotNull(stored);
        }

        var transcript = new Transcript("hello there", [new TranscribedWord("hello", 0.1, 0.4, 0.9), new TranscribedWord("there", 0.5, 0.8, 0.8)], 1, 1, false, "test");
        Assert.True(host.Handler.Handle(SpeechJson.Serialize(Result(job, SpeechJobStatus.Succeeded) with { Transcript = transcript })));
        var outcome = await Eventually.WithinAsync(pending);

        Assert.Equal(SpeechOutcomeKind.Succeeded, outcome.Kind);
        Assert.Equal("hello there", outcome.Value!.Text);
        Assert.Equal(40, outcome.ProcessingMilliseconds);
        Assert.Empty(host.StoredFiles());
    }

    [Fact]
    public async Task TranscribeAsync_Rejected_CodeAndAudioDeleted()
    {
        await host.BeatAsync();
        var pending = host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);

        host.Handler.Handle(SpeechJson.Serialize(Result(job, SpeechJobStatus.Rejected) with { ErrorCode = "audioCorrupt", ErrorDetail = "The audio is corrupt." }));
        var outcome = await Eventually.WithinAsync(pending);

        Assert.Equal(SpeechOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("audioCorrupt", outcome.Code);
        Assert.Equal("The audio is corrupt.", outcome.Detail);
        Assert.Empty(host.StoredFiles());
    }

    [Fact]
    public async Task TranscribeAsync_NoHeartbeat_NoWorkerAtOnceAndNothingStoredOrEnqueued()
    {
        var outcome = await host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);

        Assert.Equal(SpeechOutcomeKind.NoWorker, outcome.Kind);
        Assert.Equal(SpeechClient.VoiceUnavailableCode, outcome.Code);
        Assert.Empty(host.StoredFiles());
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    [Fact]
    public async Task TranscribeAsync_StaleHeartbeat_NoWorker()
    {
        await host.BeatAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(new SpeechClientOptions().WorkerTimeoutSeconds + 1));

        var outcome = await host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);

        Assert.Equal(SpeechOutcomeKind.NoWorker, outcome.Kind);
    }

    [Fact]
    public async Task TranscribeAsync_DeadlinePasses_NoWorkerAudioDeletedAndLateResultDropped()
    {
        await host.BeatAsync();
        var pending = host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);
        Assert.False(pending.IsCompleted);

        await DeadlineSteps.PassAsync(host.Clock, Deadline, pending);
        var outcome = await pending;

        Assert.Equal(SpeechOutcomeKind.NoWorker, outcome.Kind);
        Assert.Empty(host.StoredFiles());
        Assert.False(host.Handler.Handle(SpeechJson.Serialize(Result(job, SpeechJobStatus.Succeeded))));
    }

    [Fact]
    public async Task TranscribeAsync_KeepAnswerAudioConfigured_AudioStillDeleted()
    {
        // The option was removed: a kept file had no key anywhere, so nothing could ever find or delete it.
        await using var keeping = new SpeechClientHost(settings: new Dictionary<string, string?> { ["Speech:Client:KeepAnswerAudio"] = "true" });
        await keeping.BeatAsync();
        var pending = keeping.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await keeping.TakeJobAsync()).Body);

        var transcript = new Transcript("hello", [new TranscribedWord("hello", 0.1, 0.4, 0.9)], 1, 1, false, "test");
        keeping.Handler.Handle(SpeechJson.Serialize(Result(job, SpeechJobStatus.Succeeded) with { Transcript = transcript }));
        var outcome = await Eventually.WithinAsync(pending);

        Assert.Equal(SpeechOutcomeKind.Succeeded, outcome.Kind);
        Assert.Empty(keeping.StoredFiles());
    }

    [Fact]
    public async Task TranscribeAsync_FileStoreFails_NoWorkerAndNothingEnqueued()
    {
        await host.BeatAsync();

        // A file where the store's folder should be: every save fails with a real IOException.
        Directory.CreateDirectory(Path.GetDirectoryName(host.FilesFolder)!);
        await File.WriteAllTextAsync(host.FilesFolder, "not a folder");

        var outcome = await host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);

        Assert.Equal(SpeechOutcomeKind.NoWorker, outcome.Kind);
        Assert.Equal(SpeechClient.VoiceUnavailableCode, outcome.Code);
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    [Fact]
    public async Task TranscribeAsync_QueueBusy_NoWorkerAndAudioDeleted()
    {
        await using var busy = new SpeechClientHost(busyQueue: true);
        await busy.BeatAsync();

        var outcome = await Eventually.WithinAsync(busy.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None));

        Assert.Equal(SpeechOutcomeKind.NoWorker, outcome.Kind);
        Assert.Equal(SpeechClient.VoiceUnavailableCode, outcome.Code);
        Assert.Empty(busy.StoredFiles());
    }

    [Fact]
    public async Task SynthesizeAsync_QueueBusy_NoWorker()
    {
        await using var busy = new SpeechClientHost(busyQueue: true);
        await busy.BeatAsync();

        var outcome = await Eventually.WithinAsync(busy.Client.SynthesizeAsync("Tell me about yourself.", null, Deadline, CancellationToken.None));

        Assert.Equal(SpeechOutcomeKind.NoWorker, outcome.Kind);
        Assert.Equal(SpeechClient.VoiceUnavailableCode, outcome.Code);
    }

    [Fact]
    public async Task TranscribeAsync_WorkerFailed_FailedWithItsCode()
    {
        await host.BeatAsync();
        var pending = host.Client.TranscribeAsync(new MemoryStream([1, 2, 3]), null, Deadline, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);

        host.Handler.Handle(SpeechJson.Serialize(Result(job, SpeechJobStatus.Failed) with { ErrorCode = "engineUnavailable", ErrorDetail = "No recogniser." }));
        var outcome = await Eventually.WithinAsync(pending);

        Assert.Equal(SpeechOutcomeKind.Failed, outcome.Kind);
        Assert.Equal("engineUnavailable", outcome.Code);
        Assert.Empty(host.StoredFiles());
    }

    [Fact]
    public async Task SynthesizeAsync_CacheHit_NoWorkerNeeded()
    {
        var cached = new SynthesizedSpeech(new string('a', 32), null, null, 2.5, "flite", "professional", FromCache: true);
        await using var cachedHost = new SpeechClientHost(new NoCachedSpeech("Hello.", cached));

        var outcome = await cachedHost.Client.SynthesizeAsync("Hello.", null, Deadline, CancellationToken.None);

        Assert.Equal(SpeechOutcomeKind.Succeeded, outcome.Kind);
        Assert.Same(cached, outcome.Value);
        Assert.Equal(0, await cachedHost.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    [Fact]
    public async Task SynthesizeAsync_NotCached_JobWithTextAndVoice()
    {
        await host.BeatAsync();
        var pending = host.Client.SynthesizeAsync("Tell me about yourself.", "warm", Deadline, CancellationToken.None);
        var job = SpeechJson.Deserialize<SpeechJob>((await host.TakeJobAsync()).Body);
        Assert.Equal((SpeechJobKind.Synthesize, "Tell me about yourself.", "warm"), (job.Kind, job.Text, job.Voice));

        var speech = new SynthesizedSpeech(new string('b', 32), null, null, 1.5, "flite", "warm", FromCache: false);
        host.Handler.Handle(SpeechJson.Serialize(Result(job, SpeechJobStatus.Succeeded) with { Speech = speech }));
        var outcome = await Eventually.WithinAsync(pending);

        Assert.Equal(speech, outcome.Value);
    }

    [Fact]
    public async Task SynthesizeAsync_EmptyText_RejectedWithoutJob()
    {
        var outcome = await host.Client.SynthesizeAsync(" ", null, Deadline, CancellationToken.None);

        Assert.Equal(SpeechOutcomeKind.Rejected, outcome.Kind);
        Assert.Equal("textEmpty", outcome.Code);
        Assert.Equal(0, await host.Queue.CountAsync(QueueNames.SpeechJobs, CancellationToken.None));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"jobId\":\"x\",\"status\":\"bogus\"}")]
    public void Handle_MalformedResult_DroppedWithoutThrowing(string body)
    {
        Assert.False(host.Handler.Handle(body));
    }

    private static SpeechJobResult Result(SpeechJob job, SpeechJobStatus status) =>
        new(job.JobId, job.Kind, status, null, null, null, null, "test-worker", DateTimeOffset.UnixEpoch, 5, 40);
}
