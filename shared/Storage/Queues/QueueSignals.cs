using System.Collections.Concurrent;

namespace MockInterview.Storage.Queues;

/// <summary>In-process wake-ups of consumers waiting on a queue, shared by every adapter in this process that opens
/// the same database file (other processes are not told; their consumers poll).</summary>
internal sealed class QueueSignals
{
    private static readonly ConcurrentDictionary<string, QueueSignals> ByDatabase = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>The signals of the database at <paramref name="path"/> (absolute).</summary>
    public static QueueSignals For(string path) => ByDatabase.GetOrAdd(path, static _ => new QueueSignals());

    /// <summary>A task that completes at the next <see cref="Notify"/> of <paramref name="queue"/>.</summary>
    public Task Next(string queue) =>
        waiting.GetOrAdd(queue, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Wakes everyone waiting on <paramref name="queue"/>.</summary>
    public void Notify(string queue)
    {
        if (waiting.TryRemove(queue, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
