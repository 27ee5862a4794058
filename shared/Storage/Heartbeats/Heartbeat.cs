namespace MockInterview.Storage.Heartbeats;

/// <summary>The last beat of one member of a group (a worker).</summary>
/// <param name="Id">The member's id, unique in its group.</param>
/// <param name="Json">What it reported with its last beat (its own JSON document).</param>
/// <param name="LastSeen">When it last beat.</param>
public sealed record Heartbeat(string Id, string Json, DateTimeOffset LastSeen);
