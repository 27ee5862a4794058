namespace MockInterview.Storage.Queues;

/// <summary>Named work queues with at-least-once delivery: SQLite locally (shared by every process that opens the same
/// database file), Azure Queue storage in production. The semantics are Azure's, so both adapters behave alike.</summary>
/// <remarks>
/// A received message is leased, not removed: it stays invisible for the visibility timeout and comes back, with its
/// <see cref="QueueMessage.DequeueCount"/> one higher, unless it is completed first. Consumers therefore must be
/// idempotent, and decide poison handling from the dequeue count (see <see cref="QueueNames.Poison"/>).
/// Message bodies are small JSON documents (at most <see cref="MaxBodyChars"/>): references to files, never file bytes.
/// </remarks>
public interface IWorkQueue
{
    /// <summary>Largest body a queue takes (Azure's limit is 64 KiB of base64, so about 48 KiB of text).</summary>
    const int MaxBodyChars = 48 * 1024;

    /// <summary>Adds a message, visible after <paramref name="delay"/> (immediately when null).</summary>
    /// <returns>The new message's id.</returns>
    /// <exception cref="ArgumentException">The body is empty or longer than <see cref="MaxBodyChars"/>.</exception>
    Task<string> EnqueueAsync(string queue, string body, TimeSpan? delay, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="maxMessages"/> visible messages, oldest first, hiding each for
    /// <paramref name="visibilityTimeout"/>; an empty list when none is visible (it does not wait).</summary>
    Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken);

    /// <summary>Deletes a leased message; false when the lease was lost (it timed out and someone else received it).</summary>
    Task<bool> CompleteAsync(QueueMessage message, CancellationToken cancellationToken);

    /// <summary>Gives a leased message back, visible again after <paramref name="delay"/>; false when the lease was lost.</summary>
    Task<bool> ReleaseAsync(QueueMessage message, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>About how many messages the queue holds, visible or leased.</summary>
    Task<long> CountAsync(string queue, CancellationToken cancellationToken);

    /// <summary>Completes when a message may have been added to <paramref name="queue"/> since the call, or after
    /// <paramref name="maxWait"/>: lets a consumer wait without spinning. Adapters that cannot be told (another
    /// process, Azure) simply wait out <paramref name="maxWait"/>, which is the consumer's poll interval.</summary>
    Task WaitForMessagesAsync(string queue, TimeSpan maxWait, CancellationToken cancellationToken);
}
