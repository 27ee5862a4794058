namespace MockInterview.Speech.Client;

/// <summary>How a speech request through the queue ended, as the app sees it.</summary>
public enum SpeechOutcomeKind
{
    /// <summary>Done; the value is set.</summary>
    Succeeded,

    /// <summary>The input cannot be used (the caller's fault): a 4xx with the worker's code.</summary>
    Rejected,

    /// <summary>A worker took the job and could not do it (engine missing or failing).</summary>
    Failed,

    /// <summary>No worker is alive, or none answered before the deadline: switch to text.</summary>
    NoWorker,
}
