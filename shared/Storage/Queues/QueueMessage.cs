namespace MockInterview.Storage.Queues;

/// <summary>A leased message.</summary>
/// <param name="Queue">The queue it came from.</param>
/// <param name="Id">Its id, stable across deliveries.</param>
/// <param name="Body">Its body.</param>
/// <param name="DequeueCount">How many times it has been received, this time included (1 on the first delivery).</param>
/// <param name="InsertedAt">When it was enqueued.</param>
/// <param name="LeaseToken">Proves this lease; completing or releasing with a stale token fails.</param>
public sealed record QueueMessage(string Queue, string Id, string Body, int DequeueCount, DateTimeOffset InsertedAt, string LeaseToken);
