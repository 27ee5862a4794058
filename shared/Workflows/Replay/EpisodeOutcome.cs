namespace MockInterview.Workflows;

/// <summary>How an episode left the execution.</summary>
internal enum EpisodeOutcome
{
    /// <summary>Still running: waiting for activities, timers or events.</summary>
    Running,
    Completed,
    Failed,
    Terminated,
    ContinuedAsNew,
}
