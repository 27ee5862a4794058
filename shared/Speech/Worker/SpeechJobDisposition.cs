namespace MockInterview.Speech.Worker;

/// <summary>What the processor did with one delivery of a job message.</summary>
internal enum SpeechJobDisposition
{
    /// <summary>A result was written and the message completed.</summary>
    Completed,

    /// <summary>The job failed unexpectedly and was given back to be tried again after a back-off.</summary>
    Retried,

    /// <summary>The message was moved to the poison queue (unreadable, or out of attempts).</summary>
    Poisoned,

    /// <summary>The worker is stopping: the message was given back untouched for another worker.</summary>
    Released,

    /// <summary>This worker had already finished the job: the copy was completed without running it.</summary>
    Duplicate,

    /// <summary>The lease was lost before the message could be completed or given back; another delivery owns it.</summary>
    LeaseLost,
}
