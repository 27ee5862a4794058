using MockInterview.Storage.Queues;

namespace MockInterview.Storage.Heartbeats;

/// <summary>Heartbeats in the queue database, so that an app and the workers sharing a queue file also see each other.</summary>
/// <remarks>Beats older than a day are deleted by the next beat of their group: worker ids change with every restart.</remarks>
internal sealed class SqliteHeartbeatStore(QueueDatabase database, TimeProvider time) : IHeartbeatStore
{
    private const int MaxNameChars = 200;
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public async Task BeatAsync(string group, string id, string json, CancellationToken cancellationToken)
    {
        EnsureName(group, nameof(group));
        EnsureName(id, nameof(id));
        if (string.IsNullOrEmpty(json) || json.Length > IHeartbeatStore.MaxJsonChars)
        {
            throw new ArgumentException($"A heartbeat report is 1 to {IHeartbeatStore.MaxJsonChars} characters.", nameof(json));
        }

        var now = time.GetUtcNow();
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO heartbeats (grp, id, json, last_seen) VALUES ($group, $id, $json, $now)
                ON CONFLICT (grp, id) DO UPDATE SET json = excluded.json, last_seen = excluded.last_seen;
                DELETE FROM heartbeats WHERE grp = $group AND last_seen < $forgetBefore;
                """;
            command.Parameters.AddWithValue("$group", group);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$forgetBefore", (now - Retention).ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Heartbeat>> ListAsync(string group, CancellationToken cancellationToken)
    {
        EnsureName(group, nameof(group));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, json, last_seen FROM heartbeats WHERE grp = $group AND last_seen >= $since ORDER BY id";
        command.Parameters.AddWithValue("$group", group);
        command.Parameters.AddWithValue("$since", (time.GetUtcNow() - Retention).ToUnixTimeMilliseconds());
        var beats = new List<Heartbeat>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            beats.Add(new Heartbeat(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return beats;
    }

    public async Task<bool> RemoveAsync(string group, string id, CancellationToken cancellationToken)
    {
        EnsureName(group, nameof(group));
        EnsureName(id, nameof(id));
        var removed = false;
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM heartbeats WHERE grp = $group AND id = $id";
            command.Parameters.AddWithValue("$group", group);
            command.Parameters.AddWithValue("$id", id);
            removed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
        return removed;
    }

    private static void EnsureName(string value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxNameChars)
        {
            throw new ArgumentException($"A heartbeat group or id is 1 to {MaxNameChars} characters, not blank.", parameter);
        }
    }
}
