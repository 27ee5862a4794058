using MockInterview.Speech.Audio;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Worker;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Tests.Worker;

public sealed class SpeechJobProcessorTests : IAsyncLifetime
{
    private readonly WorkerHost host = new();
    private readonly CancellationToken none = CancellationToken.None;

    [Fact]
    public async Task ProcessAsync_Transcribe_WritesOneSucceededResultAndCompletesTheJob()
    {
        var job = host.TranscribeJob(silence: 2.5) with { EnqueuedAt = host.Time.GetUtcNow().AddSeconds(-2) };
        string? keyAsked = null;
        host.Transcription.Behaviour = (key, _) =>
        {
            keyAsked = key;
            return Task.FromResult(ScriptedTranscription.Sample);
        };

        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(job), none);

        Assert.Equal(SpeechJobDisposition.Completed, disposition);
        Assert.Equal(job.AudioKey, keyAsked);
        var (result, body) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(job.JobId, result.JobId);
        Assert.Equal(SpeechJobStatus.Succeeded, result.Status);
        Assert.Equal("i led the migration", result.Transcript!.Text);
        Assert.Equal(0.123, result.Transcript.Words[0].StartSeconds);
        Assert.Equal(0.988, result.Transcript.Words[0].Confidence);
        Assert.Equal("worker-under-test", result.WorkerId);
        Assert.Equal(2000, result.QueuedMilliseconds);
        Assert.True(result.ProcessingMilliseconds >= 0);
        Assert.Contains("\"status\":\"succeeded\"", body, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"transcribe\"", body, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
    }

    [Fact]
    public async Task ProcessAsync_Synthesize_WritesTheSpeechReference()
    {
        var job = host.SynthesizeJob(voice: "warm");

        await host.Processor.ProcessAsync(await host.DeliverAsync(job), none);

        var (result, _) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Succeeded, result.Status);
        Assert.Equal(SpeechJobKind.Synthesize, result.Kind);
        Assert.Equal("warm", result.Speech!.Voice);
        Assert.Null(result.Transcript);
        Assert.Equal(1, host.Synthesis.Calls);
    }

    [Fact]
    public async Task ProcessAsync_InputRejected_WritesRejectedWithItsCodeAndMessageWithoutRetrying()
    {
        host.Transcription.Behaviour = (_, _) => throw new SpeechInputException("noSpeech", "No speech was heard in the audio.");

        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(host.TranscribeJob()), none);

        Assert.Equal(SpeechJobDisposition.Completed, disposition);
        var (result, _) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Rejected, result.Status);
        Assert.Equal("noSpeech", result.ErrorCode);
        Assert.Equal("No speech was heard in the audio.", result.ErrorDetail);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
        Assert.Equal(1, host.Transcription.Calls);
    }

    [Fact]
    public async Task ProcessAsync_EngineUnavailable_FailsAtOnceSaysSoAndHidesTheInstallDetail()
    {
        host.Transcription.Behaviour = (_, _) => throw new SpeechEngineUnavailableException("libpocketsphinx.so.3 is missing: apt-get install libpocketsphinx3 (/usr/lib/x86_64).");

        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(host.TranscribeJob()), none);

        Assert.Equal(SpeechJobDisposition.Completed, disposition);
        var (result, _) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Failed, result.Status);
        Assert.Equal("engineUnavailable", result.ErrorCode);
        Assert.Contains("Speech-to-text is not available", result.ErrorDetail, StringComparison.Ordinal);
        Assert.DoesNotContain("/usr/lib", result.ErrorDetail, StringComparison.Ordinal);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
        Assert.Contains(host.Logs.Lines, line => line.Contains("apt-get install libpocketsphinx3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_EngineFoundMissing_EnginesCheckedAgainAtTheNextLook()
    {
        await host.Status.CheckEnginesAsync(none);
        host.Time.Advance(TimeSpan.FromSeconds(30));
        host.Recognizer.Failure = new SpeechEngineUnavailableException("The model file was removed.");
        host.Transcription.Behaviour = (_, _) => throw new SpeechEngineUnavailableException("The model file was removed.");

        await host.Processor.ProcessAsync(await host.DeliverAsync(host.TranscribeJob()), none);

        Assert.True(host.Status.CheckDue);
        await host.Status.CheckEnginesAsync(none);
        Assert.False(host.Status.CanRun(SpeechJobKind.Transcribe));
        Assert.True(host.Status.CanRun(SpeechJobKind.Synthesize));
        Assert.Equal(2, host.Recognizer.Calls);
    }

    [Fact]
    public async Task ProcessAsync_TransientFailures_RetriedWithGrowingBackoffThenFailedAndPoisoned()
    {
        var job = host.TranscribeJob() with { ExpiresAt = host.Time.GetUtcNow().AddHours(1) };
        host.Transcription.Behaviour = (_, _) => throw new IOException("the disk hiccuped");
        await host.EnqueueAsync(job);

        Assert.Equal(SpeechJobDisposition.Retried, await host.Processor.ProcessAsync(await host.ReceiveJobAsync(), none));
        Assert.Empty(await host.Queue.ReceiveAsync(QueueNames.SpeechJobs, 1, TimeSpan.FromMinutes(5), none));
        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SpeechJobDisposition.Retried, await host.Processor.ProcessAsync(await host.ReceiveJobAsync(), none));
        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(await host.Queue.ReceiveAsync(QueueNames.SpeechJobs, 1, TimeSpan.FromMinutes(5), none));
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var last = await host.ReceiveJobAsync();
        Assert.Equal(3, last.DequeueCount);
        Assert.Equal(SpeechJobDisposition.Poisoned, await host.Processor.ProcessAsync(last, none));

        Assert.Equal(3, host.Transcription.Calls);
        var (result, _) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Failed, result.Status);
        Assert.Equal("processingFailed", result.ErrorCode);
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
        var poisoned = Assert.Single(await host.Queue.ReceiveAsync(QueueNames.Poison(QueueNames.SpeechJobs), 1, TimeSpan.FromMinutes(1), none));
        Assert.Equal(job.JobId, SpeechJson.Deserialize<SpeechJob>(poisoned.Body).JobId);
    }

    [Fact]
    public async Task ProcessAsync_DeliveredMoreThanMaxAttempts_GivenUpWithoutRunning()
    {
        var job = host.TranscribeJob() with { ExpiresAt = host.Time.GetUtcNow().AddHours(1) };
        await host.EnqueueAsync(job);
        for (var i = 0; i < 3; i++)
        {
            // Leases that ran out, as when the process died mid-job.
            await host.ReceiveJobAsync();
            host.Time.Advance(TimeSpan.FromMinutes(5));
        }

        var disposition = await host.Processor.ProcessAsync(await host.ReceiveJobAsync(), none);

        Assert.Equal(SpeechJobDisposition.Poisoned, disposition);
        Assert.Equal(0, host.Transcription.Calls);
        Assert.Equal("processingFailed", Assert.Single(await host.TakeResultsAsync()).Result.ErrorCode);
        Assert.Equal(1, await host.CountAsync(QueueNames.Poison(QueueNames.SpeechJobs)));
    }

    [Fact]
    public async Task ProcessAsync_PastItsDeadline_WritesExpiredWithoutRunning()
    {
        var job = host.TranscribeJob();
        var message = await host.DeliverAsync(job);
        host.Time.Advance(TimeSpan.FromMinutes(1));

        var disposition = await host.Processor.ProcessAsync(message, none);

        Assert.Equal(SpeechJobDisposition.Completed, disposition);
        Assert.Equal(0, host.Transcription.Calls);
        var (result, _) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Expired, result.Status);
        Assert.Equal(60_000, result.QueuedMilliseconds);
    }

    [Fact]
    public async Task ProcessAsync_DeadlinePassesWhileRunning_StopsTheWorkAndWritesExpired()
    {
        var job = host.TranscribeJob();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Transcription.Behaviour = async (_, token) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        };

        var processing = host.Processor.ProcessAsync(await host.DeliverAsync(job), none);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        host.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(SpeechJobDisposition.Completed, await processing.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(SpeechJobStatus.Expired, Assert.Single(await host.TakeResultsAsync()).Result.Status);
    }

    [Theory]
    [InlineData("not json at all: my answer was about Kubernetes")]
    [InlineData("{\"kind\":\"transcribe\",\"audioKey\":\"0123456789abcdef0123456789abcdef\"}")]
    [InlineData("{\"jobId\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"dance\"}")]
    [InlineData("null")]
    public async Task ProcessAsync_UnreadableMessage_PoisonedWithoutAResultAndNotLogged(string body)
    {
        await host.Queue.EnqueueAsync(QueueNames.SpeechJobs, body, null, none);

        var disposition = await host.Processor.ProcessAsync(await host.ReceiveJobAsync(), none);

        Assert.Equal(SpeechJobDisposition.Poisoned, disposition);
        Assert.Empty(await host.TakeResultsAsync());
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
        Assert.Equal(body, Assert.Single(await host.Queue.ReceiveAsync(QueueNames.Poison(QueueNames.SpeechJobs), 1, TimeSpan.FromMinutes(1), none)).Body);
        Assert.Contains(host.Logs.Lines, line => line.Contains("unreadable", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(body, StringComparison.Ordinal) || line.Contains("Kubernetes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessAsync_JobWithABadField_RejectedAsJobInvalid()
    {
        var job = host.TranscribeJob() with { AudioKey = "../../etc/passwd" };

        await host.Processor.ProcessAsync(await host.DeliverAsync(job), none);

        var (result, _) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Rejected, result.Status);
        Assert.Equal("jobInvalid", result.ErrorCode);
        Assert.Equal(0, host.Transcription.Calls);
    }

    [Fact]
    public async Task ProcessAsync_CopyOfAFinishedJob_CompletedWithoutRunningAgain()
    {
        var job = host.SynthesizeJob();
        await host.Processor.ProcessAsync(await host.DeliverAsync(job), none);

        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(job), none);

        Assert.Equal(SpeechJobDisposition.Duplicate, disposition);
        Assert.Equal(1, host.Synthesis.Calls);
        Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(0, await host.CountAsync(QueueNames.SpeechJobs));
    }

    [Fact]
    public async Task ProcessAsync_WorkerStopping_GivesTheJobBackUntouched()
    {
        using var stopping = new CancellationTokenSource();
        host.Transcription.Behaviour = async (_, token) =>
        {
            await stopping.CancelAsync();
            token.ThrowIfCancellationRequested();
            return ScriptedTranscription.Sample;
        };

        var disposition = await host.Processor.ProcessAsync(await host.DeliverAsync(host.TranscribeJob()), stopping.Token);

        Assert.Equal(SpeechJobDisposition.Released, disposition);
        Assert.Empty(await host.TakeResultsAsync());
        Assert.Equal(2, (await host.ReceiveJobAsync()).DequeueCount);
    }

    [Fact]
    public async Task ProcessAsync_TranscriptTooLongForAMessage_RejectedAsAudioTooLong()
    {
        var words = Enumerable.Range(0, 2000).Select(i => new TranscribedWord("communication", i, i + 0.5, 0.9)).ToList();
        host.Transcription.Behaviour = (_, _) => Task.FromResult(ScriptedTranscription.Sample with { Words = words, Text = string.Join(' ', words.Select(w => w.Text)) });

        await host.Processor.ProcessAsync(await host.DeliverAsync(host.TranscribeJob()), none);

        var (result, body) = Assert.Single(await host.TakeResultsAsync());
        Assert.Equal(SpeechJobStatus.Rejected, result.Status);
        Assert.Equal("audioTooLong", result.ErrorCode);
        Assert.True(body.Length <= IWorkQueue.MaxBodyChars);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await host.DisposeAsync();
}
