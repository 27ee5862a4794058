namespace MockInterview.Storage.Queues;

/// <summary>The local work queues (section <c>Storage:Queues</c>): one SQLite file that every process on the machine
/// opening it shares (the app and a gpu-worker started beside it).</summary>
public sealed class WorkQueueOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage:Queues";

    /// <summary>The SQLite file of the queues and the worker heartbeats; a relative path is under the content root.
    /// Created on first use.</summary>
    public string Database { get; set; } = "data/queues.db";

    /// <summary>How long an operation waits for another process's write to finish before it fails.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
