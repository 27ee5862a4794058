using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace MockInterview.Storage.Queues;

/// <summary>The local work queues: rows of one SQLite file that several processes may share, with Azure Queue
/// storage's semantics (visibility-timeout leases, dequeue counts, lease tokens, delayed visibility).</summary>
/// <remarks>Every change runs in a write transaction, so two consumers, in this process or another, never lease the
/// same message at once. All times come from the injected <see cref="TimeProvider"/>.</remarks>
internal sealed class SqliteWorkQueue(QueueDatabase database, TimeProvider time) : IWorkQueue
{
    private const int MaxReceive = 32;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);
    private readonly QueueSignals signals = QueueSignals.For(database.Path);

    public async Task<string> EnqueueAsync(string queue, string body, TimeSpan? delay, CancellationToken cancellationToken)
    {
        EnsureQueue(queue);
        if (string.IsNullOrEmpty(body) || body.Length > IWorkQueue.MaxBodyChars)
        {
            throw new ArgumentException($"A message body is 1 to {IWorkQueue.MaxBodyChars} characters; this one has {body?.Length ?? 0}.", nameof(body));
        }

        EnsureDelay(delay ?? TimeSpan.Zero, nameof(delay));
        var id = NewToken();
        var now = time.GetUtcNow();
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO queue_messages (queue, id, body, inserted_at, visible_at, dequeue_count, lease_token)
                VALUES ($queue, $id, $body, $insertedAt, $visibleAt, 0, NULL)
                """;
            command.Parameters.AddWithValue("$queue", queue);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$body", body);
            command.Parameters.AddWithValue("$insertedAt", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$visibleAt", (now + (delay ?? TimeSpan.Zero)).ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        signals.Notify(queue);
        return id;
    }

    public async Task<IReadOnlyList<QueueMessage>> ReceiveAsync(string queue, int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        EnsureQueue(queue);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, MaxReceive);
        if (visibilityTimeout <= TimeSpan.Zero || visibilityTimeout > MaxDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(visibilityTimeout), visibilityTimeout, "A visibility timeout is more than zero and at most 7 days.");
        }

        var token = NewToken();
        var now = time.GetUtcNow();
        var received = new List<QueueMessage>(maxMessages);
        await database.WriteAsync(async connection =>
        {
            received.Clear();

            // One statement inside the writer's transaction: the rows it picks are leased before anyone else can read them.
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE queue_messages
                SET visible_at = $until, dequeue_count = dequeue_count + 1, lease_token = $token
                WHERE seq IN (SELECT seq FROM queue_messages WHERE queue = $queue AND visible_at <= $now ORDER BY seq LIMIT $max)
                RETURNING seq, id, body, dequeue_count, inserted_at
                """;
            command.Parameters.AddWithValue("$queue", queue);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$until", (now + visibilityTimeout).ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$token", token);
            command.Parameters.AddWithValue("$max", maxMessages);
            var rows = new List<(long Seq, QueueMessage Message)>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((reader.GetInt64(0), new QueueMessage(
                        queue,
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetInt32(3),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                        token)));
                }
            }

            // RETURNING gives no order: oldest first is restored here.
            received.AddRange(rows.OrderBy(r => r.Seq).Select(r => r.Message));
        }, cancellationToken).ConfigureAwait(false);
        return received;
    }

    public async Task<bool> CompleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        EnsureLeased(message);
        var deleted = false;
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM queue_messages WHERE queue = $queue AND id = $id AND lease_token = $token";
            AddLease(command, message);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public async Task<bool> ReleaseAsync(QueueMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        EnsureLeased(message);
        EnsureDelay(delay, nameof(delay));
        var released = false;
        var visibleAt = time.GetUtcNow() + delay;
        await database.WriteAsync(async connection =>
        {
            // The token is cleared: the old lease can no longer complete or release what is now back in the queue.
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE queue_messages SET visible_at = $visibleAt, lease_token = NULL
                WHERE queue = $queue AND id = $id AND lease_token = $token
                """;
            AddLease(command, message);
            command.Parameters.AddWithValue("$visibleAt", visibleAt.ToUnixTimeMilliseconds());
            released = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
        if (released && delay <= TimeSpan.Zero)
        {
            signals.Notify(message.Queue);
        }

        return released;
    }

    public async Task<long> CountAsync(string queue, CancellationToken cancellationToken)
    {
        EnsureQueue(queue);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM queue_messages WHERE queue = $queue";
        command.Parameters.AddWithValue("$queue", queue);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public async Task WaitForMessagesAsync(string queue, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        EnsureQueue(queue);
        if (maxWait <= TimeSpan.Zero)
        {
            return;
        }

        // Listen before looking, so an enqueue between the look and the wait still wakes this call.
        var signal = signals.Next(queue);
        var nextVisible = await NextVisibleAsync(queue, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var wait = maxWait;
        if (nextVisible is { } at)
        {
            if (at <= now)
            {
                return;
            }

            // A delayed message, or a lease running out, makes a message visible before the poll interval ends.
            wait = at - now < wait ? at - now : wait;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, time, stop.Token);
        await Task.WhenAny(signal, delay).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task<DateTimeOffset?> NextVisibleAsync(string queue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(visible_at) FROM queue_messages WHERE queue = $queue";
        command.Parameters.AddWithValue("$queue", queue);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is long milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
    }

    private static void AddLease(SqliteCommand command, QueueMessage message)
    {
        command.Parameters.AddWithValue("$queue", message.Queue);
        command.Parameters.AddWithValue("$id", message.Id);
        command.Parameters.AddWithValue("$token", message.LeaseToken);
    }

    private static void EnsureQueue(string queue)
    {
        if (!QueueNames.IsValid(queue))
        {
            throw new ArgumentException("A queue name is 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.", nameof(queue));
        }
    }

    private static void EnsureLeased(QueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        EnsureQueue(message.Queue);
        if (string.IsNullOrEmpty(message.Id) || string.IsNullOrEmpty(message.LeaseToken))
        {
            throw new ArgumentException("The message has no id or lease token: only a received message can be completed or released.", nameof(message));
        }
    }

    private static void EnsureDelay(TimeSpan delay, string parameter)
    {
        if (delay < TimeSpan.Zero || delay > MaxDelay)
        {
            throw new ArgumentOutOfRangeException(parameter, delay, "A delay is zero to 7 days.");
        }
    }

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
