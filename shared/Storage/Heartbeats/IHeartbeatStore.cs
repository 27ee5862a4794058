namespace MockInterview.Storage.Heartbeats;

/// <summary>Where workers say they are alive: each member of a group beats with a small JSON report, and readers
/// decide from <see cref="Heartbeat.LastSeen"/> who is up. SQLite locally (the queue database); a table in Azure.</summary>
public interface IHeartbeatStore
{
    /// <summary>Largest report a beat takes, in characters.</summary>
    const int MaxJsonChars = 16 * 1024;

    /// <summary>Records that <paramref name="id"/> of <paramref name="group"/> is alive now, with its report.</summary>
    /// <exception cref="ArgumentException">An empty or over-long group, id or report.</exception>
    Task BeatAsync(string group, string id, string json, CancellationToken cancellationToken);

    /// <summary>Every member of <paramref name="group"/> that beat in the last day, ordered by id.</summary>
    Task<IReadOnlyList<Heartbeat>> ListAsync(string group, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="id"/> (a worker stopping cleanly); false when it had no beat.</summary>
    Task<bool> RemoveAsync(string group, string id, CancellationToken cancellationToken);
}
