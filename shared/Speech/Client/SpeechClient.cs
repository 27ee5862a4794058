using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterview.Speech.Audio;
using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Files;
using MockInterview.Storage.Queues;

namespace MockInterview.Speech.Client;

/// <summary>The app's side of the speech queue: stores the audio, enqueues a job for the worker and waits, within a
/// deadline, for its result.</summary>
/// <remarks>Jobs carry <see cref="SpeechJob.ExpiresAt"/> = now + deadline, so a worker that reaches a job nobody waits
/// for any more drops it. A result that arrives after the deadline is dropped by <see cref="SpeechResultHandler"/>.</remarks>
public sealed class SpeechClient(
    IFileStore files,
    IWorkQueue queue,
    ISpeechSynthesis synthesis,
    SpeechResultWaiters waiters,
    SpeechAvailability availability,
    IOptions<SpeechClientOptions> options,
    TimeProvider time,
    ILogger<SpeechClient> logger)
{
    /// <summary>The code of every "no worker" outcome.</summary>
    public const string VoiceUnavailableCode = "voiceUnavailable";

    private const string NoWorkerDetail = "Voice is unavailable right now (no speech worker is running); please type your answer.";

    private const string StorageFailedDetail = "Voice is unavailable right now (the audio could not be stored); please type your answer.";

    /// <summary>The transcribe deadline from the settings.</summary>
    public TimeSpan TranscribeDeadline => TimeSpan.FromSeconds(options.Value.TranscribeDeadlineSeconds);

    /// <summary>The synthesise deadline from the settings.</summary>
    public TimeSpan SynthesizeDeadline => TimeSpan.FromSeconds(options.Value.SynthesizeDeadlineSeconds);

    /// <summary>Whether a worker is alive now (see <see cref="SpeechAvailability"/>).</summary>
    public Task<bool> IsWorkerAliveAsync(CancellationToken cancellationToken) => availability.IsWorkerAliveAsync(cancellationToken);

    /// <summary>Transcribes <paramref name="audio"/> (read to its end; any format the worker decodes); audio without
    /// speech is refused (<c>noSpeech</c>).</summary>
    /// <param name="audio">The uploaded audio.</param>
    /// <param name="endOfTurnSilenceSeconds">A silence this long after the speech began ends the answer; null: only the end of the audio does.</param>
    /// <param name="deadline">How long to wait for the worker's result.</param>
    /// <param name="cancellationToken">The caller went away.</param>
    public Task<SpeechOutcome<Transcript>> TranscribeAsync(
        Stream audio, double? endOfTurnSilenceSeconds, TimeSpan deadline, CancellationToken cancellationToken) =>
        TranscribeAsync(audio, endOfTurnSilenceSeconds, deadline, allowSilence: false, cancellationToken);

    /// <summary>Transcribes <paramref name="audio"/> (read to its end; any format the worker decodes).</summary>
    /// <param name="audio">The uploaded audio.</param>
    /// <param name="endOfTurnSilenceSeconds">A silence this long after the speech began ends the answer; null: only the end of the audio does.</param>
    /// <param name="deadline">How long to wait for the worker's result.</param>
    /// <param name="allowSilence">Audio without speech is an empty transcript with its duration instead of a
    /// <c>noSpeech</c> refusal (a piece of an answer, or its tail, may be a pause).</param>
    /// <param name="cancellationToken">The caller went away.</param>
    public async Task<SpeechOutcome<Transcript>> TranscribeAsync(
        Stream audio, double? endOfTurnSilenceSeconds, TimeSpan deadline, bool allowSilence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        if (!await availability.IsWorkerAliveAsync(cancellationToken).ConfigureAwait(false))
        {
            return SpeechOutcome<Transcript>.NoWorker(NoWorkerDetail);
        }

        var audioKey = FileKeys.New();
        try
        {
            await files.SaveAsync(audioKey, audio, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // The store promises nothing is left behind by a failed save. Voice cannot work without it: switch to text.
            logger.LogError(ex, "The uploaded audio could not be stored; voice is treated as unavailable.");
            return SpeechOutcome<Transcript>.NoWorker(StorageFailedDetail);
        }

        try
        {
            var job = NewJob(SpeechJobKind.Transcribe, audioKey, null, null, endOfTurnSilenceSeconds, deadline, allowSilence);
            var result = await RunAsync(job, deadline, cancellationToken).ConfigureAwait(false);
            if (result is null)
            {
                return SpeechOutcome<Transcript>.NoWorker(NoWorkerDetail);
            }

            if (result is { Status: SpeechJobStatus.Succeeded, Transcript: { } transcript })
            {
                return SpeechOutcome<Transcript>.Succeeded(transcript).WithTiming(result.QueuedMilliseconds, result.ProcessingMilliseconds);
            }

            return NotDone<Transcript>(result).WithTiming(result.QueuedMilliseconds, result.ProcessingMilliseconds);
        }
        catch (EnqueueFailedException)
        {
            return SpeechOutcome<Transcript>.NoWorker(StorageFailedDetail);
        }
        finally
        {
            // The answer's audio is never kept: the transcript is what the interview records.
            await DeleteQuietlyAsync(audioKey).ConfigureAwait(false);
        }
    }

    /// <summary>Speaks <paramref name="text"/> in <paramref name="voice"/> (null: the default preset). Audio spoken
    /// before comes from the question-audio cache and needs no worker.</summary>
    public Task<SpeechOutcome<SynthesizedSpeech>> SynthesizeAsync(string text, string? voice, TimeSpan deadline, CancellationToken cancellationToken) =>
        SynthesizeAsync(text, voice, deadline, compressedFirst: false, cancellationToken);

    /// <summary>As <see cref="SynthesizeAsync(string, string?, TimeSpan, CancellationToken)"/>; with
    /// <paramref name="compressedFirst"/> (a client that takes only the compressed type) the worker finishes the
    /// compressed copy before it answers, and a cached entry without its copy goes to the worker for it.</summary>
    public async Task<SpeechOutcome<SynthesizedSpeech>> SynthesizeAsync(string text, string? voice, TimeSpan deadline, bool compressedFirst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        SynthesizedSpeech? cached;
        try
        {
            cached = await synthesis.FindCachedAsync(text, voice, cancellationToken).ConfigureAwait(false);
            if (cached is not null && (!compressedFirst || cached.CompressedKey is not null))
            {
                return SpeechOutcome<SynthesizedSpeech>.Succeeded(cached);
            }
        }
        catch (SpeechInputException rejected)
        {
            return SpeechOutcome<SynthesizedSpeech>.Rejected(rejected.Code, rejected.Message);
        }

        if (!await availability.IsWorkerAliveAsync(cancellationToken).ConfigureAwait(false))
        {
            // Stored audio without the copy asked for is still an answer (the caller says which types exist).
            return cached is null ? SpeechOutcome<SynthesizedSpeech>.NoWorker(NoWorkerDetail) : SpeechOutcome<SynthesizedSpeech>.Succeeded(cached);
        }

        var job = NewJob(SpeechJobKind.Synthesize, null, text, voice, null, deadline) with { CompressedFirst = compressedFirst };
        SpeechJobResult? result;
        try
        {
            result = await RunAsync(job, deadline, cancellationToken).ConfigureAwait(false);
        }
        catch (EnqueueFailedException)
        {
            return SpeechOutcome<SynthesizedSpeech>.NoWorker(StorageFailedDetail);
        }

        var outcome = result switch
        {
            null => SpeechOutcome<SynthesizedSpeech>.NoWorker(NoWorkerDetail),
            { Status: SpeechJobStatus.Succeeded, Speech: { } speech } => SpeechOutcome<SynthesizedSpeech>.Succeeded(speech),
            _ => NotDone<SynthesizedSpeech>(result),
        };
        return result is null ? outcome : outcome.WithTiming(result.QueuedMilliseconds, result.ProcessingMilliseconds);
    }

    /// <summary>Has <paramref name="text"/> spoken into the question-audio cache ahead of need, without waiting for the
    /// worker: the job is enqueued and its result, when it comes back, is dropped (the cache keeps the audio). Does
    /// nothing when the audio is cached already or no worker is alive.</summary>
    /// <returns>True when a job was enqueued.</returns>
    public async Task<bool> PrefetchAsync(string text, string? voice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            if (await synthesis.FindCachedAsync(text, voice, cancellationToken).ConfigureAwait(false) is not null
                || !await availability.IsWorkerAliveAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            var job = NewJob(SpeechJobKind.Synthesize, null, text, voice, null, SynthesizeDeadline);
            await queue.EnqueueAsync(QueueNames.SpeechJobs, SpeechJson.Serialize(job), null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SpeechInputException)
        {
            // Text the worker would refuse: the question's own request will say so.
            return false;
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            logger.LogWarning(ex, "Question audio could not be queued for synthesis ahead of need; it will be synthesised when asked for.");
            return false;
        }
    }

    private SpeechJob NewJob(SpeechJobKind kind, string? audioKey, string? text, string? voice, double? silence, TimeSpan deadline, bool allowSilence = false)
    {
        var now = time.GetUtcNow();
        return new SpeechJob(FileKeys.New(), kind, audioKey, text, voice, silence, now, now + deadline, allowSilence);
    }

    /// <summary>Enqueues <paramref name="job"/> and waits for its result; null when none came within the deadline.</summary>
    private async Task<SpeechJobResult?> RunAsync(SpeechJob job, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var result = waiters.Register(job.JobId);
        try
        {
            try
            {
                await queue.EnqueueAsync(QueueNames.SpeechJobs, SpeechJson.Serialize(job), null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                logger.LogError(ex, "Speech job {JobId} ({Kind}) could not be enqueued; voice is treated as unavailable.", job.JobId, job.Kind);
                throw new EnqueueFailedException(ex);
            }

            return await result.WaitAsync(deadline, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("No speech worker answered {Kind} job {JobId} within {Deadline}; voice is treated as unavailable.", job.Kind, job.JobId, deadline);
            availability.MarkUnavailable();
            return null;
        }
        finally
        {
            waiters.Forget(job.JobId);
        }
    }

    private SpeechOutcome<T> NotDone<T>(SpeechJobResult result)
        where T : class
    {
        switch (result.Status)
        {
            case SpeechJobStatus.Rejected:
                return SpeechOutcome<T>.Rejected(result.ErrorCode ?? "speechRejected", result.ErrorDetail ?? "The speech worker could not use this input.");
            case SpeechJobStatus.Expired:
                // The worker reached it after its deadline: it was too busy to answer in time.
                availability.MarkUnavailable();
                return SpeechOutcome<T>.NoWorker(NoWorkerDetail);
            default:
                logger.LogWarning("Speech job {JobId} failed on worker {WorkerId}: {Code}.", result.JobId, result.WorkerId, result.ErrorCode);
                return SpeechOutcome<T>.Failed(result.ErrorCode ?? "speechFailed", result.ErrorDetail ?? "The speech worker could not do this; please type your answer.");
        }
    }

    // What a busy, full or broken store or queue throws (SQLite busy or corrupt, disk full, permissions); a bug is not one.
    private static bool IsStorageFailure(Exception ex) => ex is IOException or DbException or UnauthorizedAccessException;

    private async Task DeleteQuietlyAsync(string key)
    {
        try
        {
            await files.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Uploaded audio {Key} could not be deleted.", key);
        }
    }
}
