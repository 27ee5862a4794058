using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MockInterview.Speech.Audio;
using MockInterview.Storage.Files;

namespace MockInterview.Speech.Synthesis;

/// <summary>Encodes the compressed copy (Ogg/Opus) of spoken audio after its WAV is stored, so that a synthesis is
/// done, and served, as soon as the WAV exists; the copy joins the cache entry when it is ready.</summary>
/// <remarks>
/// At most <see cref="MaxConcurrent"/> encodings run at once and at most <see cref="MaxPending"/> wait (each holds its
/// samples in memory); past that a copy is skipped, and the entry keeps its WAV until a later hit schedules it again.
/// A failed encoding is logged and the WAV stays. Disposing (the host stopping) cancels what is pending and waits for
/// it to end: the file store writes through a temporary file, so a cancelled or interrupted save leaves no copy under
/// the key. A WAV deleted while its copy was encoded (ad-hoc text, deleted once served) takes the copy with it.
/// </remarks>
internal sealed partial class SpeechCompression(IAudioEncoder encoder, IFileStore files, ILogger<SpeechCompression> logger) : IDisposable, IAsyncDisposable
{
    /// <summary>Encodings that run at once.</summary>
    public const int MaxConcurrent = 2;

    /// <summary>Encodings running or waiting, at most.</summary>
    public const int MaxPending = 64;

    private static readonly TimeSpan StopWait = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim slots = new(MaxConcurrent, MaxConcurrent);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, Task> pending = new(StringComparer.Ordinal);
    private int disposed;

    /// <summary>Encodings running or waiting now.</summary>
    public int Pending => pending.Count;

    /// <summary>Schedules the compressed copy of <paramref name="request"/>'s audio, read by <paramref name="audio"/>
    /// (null: the WAV is gone, nothing to do). Returns at once.</summary>
    /// <returns>True when it was scheduled; false when the request has no compressed form, its copy is already
    /// scheduled, too many are pending, or the service is stopping.</returns>
    public bool TrySchedule(SynthesisRequest request, Func<CancellationToken, Task<PcmAudio?>> audio)
    {
        if (request.CompressedKey is not { } key || stopping.IsCancellationRequested || pending.ContainsKey(key))
        {
            return false;
        }

        if (pending.Count >= MaxPending)
        {
            LogSkipped(logger, request.CompressedMediaType, MaxPending);
            return false;
        }

        // Created cold and started only once registered, so that its own removal can never run before the registration.
        var run = new Task<Task>(() => EncodeAsync(request, key, audio));
        if (!pending.TryAdd(key, run.Unwrap()))
        {
            return false;
        }

        run.Start(TaskScheduler.Default);
        return true;
    }

    /// <summary>Makes the compressed copy of <paramref name="request"/>'s audio, read by <paramref name="audio"/>, now,
    /// for a caller that waits for it (a client that takes only the compressed type); nothing when it exists already.
    /// It takes no slot: the worker's job concurrency bounds these.</summary>
    /// <returns>True when the copy is stored afterwards; false when the request has no compressed form, the WAV is gone,
    /// or no compressor can run here (logged; the WAV stays).</returns>
    public async Task<bool> CompressNowAsync(SynthesisRequest request, Func<CancellationToken, Task<PcmAudio?>> audio, CancellationToken cancellationToken)
    {
        if (request.CompressedKey is not { } key)
        {
            return false;
        }

        if (await StoredSpeech.ExistsAsync(files, key, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        try
        {
            if (await audio(cancellationToken).ConfigureAwait(false) is not { } samples)
            {
                return false;
            }

            using var buffer = new MemoryStream();
            await encoder.WriteCompressedAsync(samples, buffer, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;

            // A copy scheduled earlier for the same key may land first; SaveAsync takes it as ours.
            await SaveAsync(key, buffer, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SpeechEngineUnavailableException e)
        {
            LogCompressionFailed(logger, request.CompressedMediaType, e.Message);
            return false;
        }
    }

    /// <summary>True while the copy under <paramref name="compressedKey"/> is being made or waits to be.</summary>
    public bool IsPending(string compressedKey) => pending.ContainsKey(compressedKey);

    /// <summary>Completes when the copy under <paramref name="compressedKey"/> is no longer being made (at once when it is not).</summary>
    public Task WhenDoneAsync(string compressedKey) =>
        pending.TryGetValue(compressedKey, out var running) ? running.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(pending.Values).WaitAsync(StopWait).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        stopping.Cancel();
        try
        {
            Task.WhenAll(pending.Values).Wait(StopWait);
        }
        catch (AggregateException)
        {
            // Each encoding logs its own failure.
        }

        stopping.Dispose();
    }

    private async Task EncodeAsync(SynthesisRequest request, string key, Func<CancellationToken, Task<PcmAudio?>> audio)
    {
        var token = stopping.Token;
        try
        {
            await slots.WaitAsync(token).ConfigureAwait(false);
            try
            {
                // Another process (a second worker) may have made it meanwhile.
                if (await StoredSpeech.ExistsAsync(files, key, token).ConfigureAwait(false)
                    || await audio(token).ConfigureAwait(false) is not { } samples)
                {
                    return;
                }

                using var buffer = new MemoryStream();
                await encoder.WriteCompressedAsync(samples, buffer, token).ConfigureAwait(false);
                buffer.Position = 0;
                await SaveAsync(key, buffer, token).ConfigureAwait(false);

                // Checked after the save: a WAV deleted before this point never keeps a copy, and a deleter that removes
                // the WAV first and then the copy's key (VoiceApi's ad-hoc clean-up) finds the copy if it came later.
                if (!await StoredSpeech.ExistsAsync(files, request.WavKey, CancellationToken.None).ConfigureAwait(false))
                {
                    await files.DeleteAsync(key, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopping: the entry keeps its WAV; a later hit schedules the copy again.
        }
        catch (SpeechEngineUnavailableException e)
        {
            LogCompressionFailed(logger, request.CompressedMediaType, e.Message);
        }
        catch (Exception e)
        {
            // Nobody awaits this work: whatever went wrong is logged here, and the entry keeps its WAV.
            LogEncodingFailed(logger, e, request.CompressedMediaType, key);
        }
        finally
        {
            pending.TryRemove(key, out _);
        }
    }

    // A copy saved by another process first is as good as ours.
    private async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await files.SaveAsync(key, content, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            if (!await StoredSpeech.ExistsAsync(files, key, CancellationToken.None).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Speech was stored without its {MediaType} copy: {Reason}")]
    private static partial void LogCompressionFailed(ILogger logger, string? mediaType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {MediaType} copy {Key} of stored speech could not be made; the WAV is served.")]
    private static partial void LogEncodingFailed(ILogger logger, Exception exception, string? mediaType, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Pending} {MediaType} copies are already being made; this one is skipped and the WAV is served.")]
    private static partial void LogSkipped(ILogger logger, string? mediaType, int pending);
}
