using System.Collections.Concurrent;
using MockInterview.Speech.Jobs;

namespace MockInterview.Speech.Client;

/// <summary>The calls waiting for a speech job's result, by job id: the listener completes them as results arrive.</summary>
public sealed class SpeechResultWaiters
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<SpeechJobResult>> waiting = new(StringComparer.Ordinal);

    /// <summary>How many calls are waiting.</summary>
    public int Count => waiting.Count;

    /// <summary>Starts waiting for <paramref name="jobId"/>; register before enqueueing, so a fast result is not missed.</summary>
    public Task<SpeechJobResult> Register(string jobId)
    {
        var source = new TaskCompletionSource<SpeechJobResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.TryAdd(jobId, source))
        {
            throw new InvalidOperationException($"Job {jobId} is already awaited.");
        }

        return source.Task;
    }

    /// <summary>Completes the call waiting for <paramref name="result"/>'s job; false when nobody waits for it.</summary>
    public bool TryComplete(SpeechJobResult result) =>
        waiting.TryRemove(result.JobId, out var source) && source.TrySetResult(result);

    /// <summary>Stops waiting for <paramref name="jobId"/> (deadline passed, caller gone).</summary>
    public void Forget(string jobId) => waiting.TryRemove(jobId, out _);
}
