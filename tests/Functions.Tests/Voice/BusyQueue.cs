using Microsoft.Data.Sqlite;
using MockInterview.Storage.Queues;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>The real queue, except that enqueueing fails the way a SQLite queue does when another process holds its
/// write lock past the busy timeout (SQLITE_BUSY).</summary>
internal sealed class BusyQueue(IWorkQueue inner) : IWorkQueue
{
    public Task<string> EnqueueAsync(string queue, string body, TimeSpan? delay, CancellationToken cancellationToken) =>
        throw new SqliteException("SQLite Error 5: 'database is locked'.", 5);

    public Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken) =>
        inner.ReceiveAsync(queue, maxMessages, visibilityTimeout, cancellationToken);

    public Task<bool> CompleteAsync(QueueMessage message, CancellationToken cancellationToken) => inner.CompleteAsync(message, cancellationToken);

    public Task<bool> ReleaseAsync(QueueMessage message, TimeSpan delay, CancellationToken cancellationToken) => inner.ReleaseAsync(message, delay, cancellationToken);

    public Task<long> CountAsync(string queue, CancellationToken cancellationToken) => inner.CountAsync(queue, cancellationToken);

    public Task WaitForMessagesAsync(string queue, TimeSpan maxWait, CancellationToken cancellationToken) => inner.WaitForMessagesAsync(queue, maxWait, cancellationToken);
}
