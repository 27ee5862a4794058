namespace MockInterview.Workflows;

/// <summary>The runtime status of an instance.</summary>
public enum WorkflowStatus
{
    /// <summary>Started, first episode not run yet.</summary>
    Pending,

    /// <summary>Running or waiting for an activity, a timer or an event.</summary>
    Running,

    /// <summary>Returned its output.</summary>
    Completed,

    /// <summary>Threw, or diverged from its history.</summary>
    Failed,

    /// <summary>Stopped by <see cref="IWorkflowClient.TerminateAsync"/>.</summary>
    Terminated,
}
