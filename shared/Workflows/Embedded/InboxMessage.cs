namespace MockInterview.Workflows;

/// <summary>A message waiting in an instance's inbox: an inbox row and its in-memory copy.</summary>
/// <param name="Id">The inbox row id; the episode that consumes the message deletes the row.</param>
/// <param name="Event">The event to apply; its <see cref="HistoryEvent.ExecutionId"/> is 0 for messages to the
/// instance (raised events, terminate) and the execution's id for activity results and timers.</param>
internal sealed record InboxMessage(long Id, InstanceId InstanceId, HistoryEvent Event);
