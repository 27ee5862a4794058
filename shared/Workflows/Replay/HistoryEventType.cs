namespace MockInterview.Workflows;

/// <summary>The kinds of entries in an instance's history (and of messages in its inbox).</summary>
internal enum HistoryEventType
{
    OrchestratorStarted = 0,
    ExecutionStarted = 1,
    TaskScheduled = 2,
    TaskCompleted = 3,
    TaskFailed = 4,
    TimerCreated = 5,
    TimerFired = 6,
    EventRaised = 7,
    ExecutionCompleted = 8,
    ExecutionFailed = 9,
    ExecutionTerminated = 10,
    ContinuedAsNew = 11,
}
