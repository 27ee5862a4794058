using System.Collections.Concurrent;

namespace MockInterview.Workflows.Tests.Support;

/// <summary>What activities did, shared by the hosts of one test; keyed by call so re-runs are idempotent.</summary>
internal sealed class Recorder
{
    private readonly ConcurrentDictionary<(string Instance, int TaskId), string> entries = new();
    private int runs;

    public int Runs => Volatile.Read(ref runs);

    public void Record(ActivityContext context, string value)
    {
        Interlocked.Increment(ref runs);
        entries[(context.InstanceId.Value, context.TaskId)] = value;
    }

    public IReadOnlyList<string> For(InstanceId instance) =>
        [.. entries.Where(e => e.Key.Instance == instance.Value).OrderBy(e => e.Key.TaskId).Select(e => e.Value)];
}
