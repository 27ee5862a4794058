namespace MockInterview.Workflows;

/// <summary>Counters of the engine since it started, for health pages and benchmarks.</summary>
/// <param name="EpisodesCommitted">Workflow episodes run and committed.</param>
/// <param name="ActivitiesRun">Activity executions (retries and re-runs after a crash included).</param>
/// <param name="Replays">Episodes that had to replay history because the instance was not in memory.</param>
/// <param name="CachedInstances">Running instances held in memory now.</param>
public sealed record WorkflowStatistics(long EpisodesCommitted, long ActivitiesRun, long Replays, int CachedInstances)
{
    /// <summary>Work items: episodes plus activity executions.</summary>
    public long WorkItems => EpisodesCommitted + ActivitiesRun;
}
