using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Worker;

/// <summary>Runs one delivery of a speech job and writes its one <see cref="SpeechJobResult"/> to
/// <see cref="QueueNames.SpeechResults"/>: the caller's bad input is Rejected at once, a missing engine Failed at once,
/// anything else retried with back-off until <see cref="SpeechWorkerOptions.MaxAttempts"/>, then Failed and poisoned.</summary>
/// <remarks>At-least-once: a job may be delivered again (a lost lease, a crash between result and completion). A copy
/// of a job this worker finished is completed without running it; across workers the app keeps the first result per
/// job id, and synthesis is cached, so running a job twice costs time but changes nothing.</remarks>
internal sealed class SpeechJobProcessor(
    IWorkQueue queue,
    SpeechWorkerStatus status,
    IOptions<SpeechWorkerOptions> options,
    TimeProvider time,
    ILogger<SpeechJobProcessor> logger,
    ISpeechTranscription? transcription = null,
    ISpeechSynthesis? synthesis = null)
{
    private readonly RecentJobs finished = new();

    public async Task<SpeechJobDisposition> ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var clock = new JobClock(time);
        if (!SpeechJobReader.TryRead(message.Body, out var job, out var problem))
        {
            if (job is null)
            {
                logger.LogWarning("Speech message {MessageId} ({Length} characters, delivery {Delivery}) is unreadable and goes to the poison queue: {Problem}",
                    message.Id, message.Body.Length, message.DequeueCount, problem);
                return await PoisonAsync(message).ConfigureAwait(false);
            }

            return await FinishAsync(message, clock.Result(job, SpeechJobStatus.Rejected, status.WorkerId, error: ("jobInvalid", problem))).ConfigureAwait(false);
        }

        if (finished.Contains(job.JobId))
        {
            logger.LogInformation("Speech job {JobId} was already finished here; delivery {Delivery} is completed without running it.", job.JobId, message.DequeueCount);
            return await queue.CompleteAsync(message, CancellationToken.None).ConfigureAwait(false) ? SpeechJobDisposition.Duplicate : SpeechJobDisposition.LeaseLost;
        }

        var settings = options.Value;
        if (message.DequeueCount > settings.MaxAttempts)
        {
            // Delivered again without being released: earlier attempts ended with the process (a crash, a kill).
            logger.LogError("Speech job {JobId} ({Kind}) reached delivery {Delivery} without finishing; it is given up.", job.JobId, job.Kind, message.DequeueCount);
            return await GiveUpAsync(message, job, clock).ConfigureAwait(false);
        }

        if (clock.StartedAt >= job.ExpiresAt)
        {
            return await FinishAsync(message, clock.Result(job, SpeechJobStatus.Expired, status.WorkerId, error: ("jobExpired", "The request waited past its deadline and was not run."))).ConfigureAwait(false);
        }

        using var expiry = new CancellationTokenSource(job.ExpiresAt - clock.StartedAt, time);
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        SpeechJobResult result;
        try
        {
            var (transcript, speech) = await RunAsync(job, work.Token).ConfigureAwait(false);
            result = clock.Result(job, SpeechJobStatus.Succeeded, status.WorkerId, transcript, speech);
        }
        catch (SpeechInputException ex)
        {
            result = clock.Result(job, SpeechJobStatus.Rejected, status.WorkerId, error: (ex.Code, ex.Message));
        }
        catch (SpeechEngineUnavailableException ex)
        {
            logger.LogError("Speech job {JobId} ({Kind}) failed: the engine cannot run here. {Problem}", job.JobId, job.Kind, ex.Message);
            status.EngineMissingInJob();
            result = clock.Result(job, SpeechJobStatus.Failed, status.WorkerId, error: ("engineUnavailable", Unavailable(job.Kind)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Speech job {JobId} was interrupted by the worker stopping; it is given back.", job.JobId);
            return await ReleaseAsync(message, TimeSpan.Zero).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested)
        {
            result = clock.Result(job, SpeechJobStatus.Expired, status.WorkerId, error: ("jobExpired", "The request passed its deadline while it ran and was stopped."));
        }
        catch (Exception ex)
        {
            if (message.DequeueCount >= settings.MaxAttempts)
            {
                logger.LogError(ex, "Speech job {JobId} ({Kind}) failed on its last attempt ({Delivery} of {MaxAttempts}); it is given up.", job.JobId, job.Kind, message.DequeueCount, settings.MaxAttempts);
                return await GiveUpAsync(message, job, clock).ConfigureAwait(false);
            }

            var delay = settings.RetryDelay(message.DequeueCount);
            logger.LogWarning(ex, "Speech job {JobId} ({Kind}) failed on attempt {Delivery} of {MaxAttempts}; retrying in {Delay} s.", job.JobId, job.Kind, message.DequeueCount, settings.MaxAttempts, delay.TotalSeconds);
            return await ReleaseAsync(message, delay, SpeechJobDisposition.Retried).ConfigureAwait(false);
        }

        return await FinishAsync(message, result).ConfigureAwait(false);
    }

    private async Task<(Transcript? Transcript, SynthesizedSpeech? Speech)> RunAsync(SpeechJob job, CancellationToken cancellationToken)
    {
        if (job.Kind == SpeechJobKind.Transcribe)
        {
            var service = transcription ?? throw new SpeechEngineUnavailableException("No speech-to-text service is registered (AddSpeechRecognition).");
            return (ResultSize.Compact(await service.TranscribeAsync(job.AudioKey!, job.EndOfTurnSilenceSeconds, job.AllowSilence, cancellationToken).ConfigureAwait(false)), null);
        }

        var speaker = synthesis ?? throw new SpeechEngineUnavailableException("No text-to-speech service is registered (AddSpeechSynthesis).");
        return (null, await speaker.SynthesizeAsync(job.Text!, job.Voice, job.CompressedFirst, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Writes the result, then completes the message: a crash between the two delivers the job again, never loses it.</summary>
    private async Task<SpeechJobDisposition> FinishAsync(QueueMessage message, SpeechJobResult result)
    {
        var body = SpeechJson.Serialize(result);
        if (body.Length > IWorkQueue.MaxBodyChars)
        {
            logger.LogWarning("The result of speech job {JobId} has {Words} words and does not fit a message; it is refused as too long.",
                result.JobId, result.Transcript?.Words.Count);
            body = SpeechJson.Serialize(result with
            {
                Status = SpeechJobStatus.Rejected,
                Transcript = null,
                ErrorCode = "audioTooLong",
                ErrorDetail = "The answer is too long to transcribe in one piece; please answer more briefly.",
            });
        }

        try
        {
            await queue.EnqueueAsync(QueueNames.SpeechResults, body, null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The result of speech job {JobId} could not be written; the job will be delivered again.", result.JobId);
            return await ReleaseAsync(message, options.Value.RetryDelay(message.DequeueCount), SpeechJobDisposition.Retried).ConfigureAwait(false);
        }

        finished.Add(result.JobId);
        logger.LogInformation("Speech job {JobId} ({Kind}) {Status}{Code} in {ProcessingMs:0} ms after {QueuedMs:0} ms queued (delivery {Delivery}).",
            result.JobId, result.Kind, result.Status, result.ErrorCode is null ? "" : $" ({result.ErrorCode})", result.ProcessingMilliseconds, result.QueuedMilliseconds, message.DequeueCount);
        return await queue.CompleteAsync(message, CancellationToken.None).ConfigureAwait(false) ? SpeechJobDisposition.Completed : SpeechJobDisposition.LeaseLost;
    }

    private async Task<SpeechJobDisposition> GiveUpAsync(QueueMessage message, SpeechJob job, JobClock clock)
    {
        var result = clock.Result(job, SpeechJobStatus.Failed, status.WorkerId,
            error: ("processingFailed", $"The speech worker could not process this request after {message.DequeueCount} attempts."));
        await queue.EnqueueAsync(QueueNames.Poison(message.Queue), message.Body, null, CancellationToken.None).ConfigureAwait(false);
        var finishedAs = await FinishAsync(message, result).ConfigureAwait(false);
        return finishedAs == SpeechJobDisposition.Completed ? SpeechJobDisposition.Poisoned : finishedAs;
    }

    private async Task<SpeechJobDisposition> PoisonAsync(QueueMessage message)
    {
        await queue.EnqueueAsync(QueueNames.Poison(message.Queue), message.Body, null, CancellationToken.None).ConfigureAwait(false);
        return await queue.CompleteAsync(message, CancellationToken.None).ConfigureAwait(false) ? SpeechJobDisposition.Poisoned : SpeechJobDisposition.LeaseLost;
    }

    private async Task<SpeechJobDisposition> ReleaseAsync(QueueMessage message, TimeSpan delay, SpeechJobDisposition released = SpeechJobDisposition.Released) =>
        await queue.ReleaseAsync(message, delay, CancellationToken.None).ConfigureAwait(false) ? released : SpeechJobDisposition.LeaseLost;

    private static string Unavailable(SpeechJobKind kind) => kind == SpeechJobKind.Transcribe
        ? "Speech-to-text is not available on the speech worker right now."
        : "Text-to-speech is not available on the speech worker right now.";
}
