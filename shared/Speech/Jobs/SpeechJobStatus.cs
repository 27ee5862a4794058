namespace MockInterview.Speech.Jobs;

/// <summary>How a speech job ended.</summary>
public enum SpeechJobStatus
{
    /// <summary>Done; the transcript or the speech is in the result.</summary>
    Succeeded,

    /// <summary>The input cannot be used (corrupt, silent, too long, wrong format…): the caller's fault, a 4xx;
    /// <see cref="SpeechJobResult.ErrorCode"/> and <see cref="SpeechJobResult.ErrorDetail"/> say why, safe to show.</summary>
    Rejected,

    /// <summary>The worker could not do it (engine missing or failing) after its retries: a 5xx, try text mode.</summary>
    Failed,

    /// <summary>The job was past <see cref="SpeechJob.ExpiresAt"/> when the worker reached it, and was dropped.</summary>
    Expired,
}
