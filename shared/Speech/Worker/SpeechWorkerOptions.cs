namespace MockInterview.Speech.Worker;

/// <summary>The speech worker: how many jobs it runs at once, how it leases, retries and reports (section
/// <c>Speech:Worker</c>).</summary>
public sealed class SpeechWorkerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Speech:Worker";

    /// <summary>Jobs processed at the same time, at most; 0 means one per processor.</summary>
    public int MaxConcurrentJobs { get; set; }

    /// <summary>Received jobs waiting for a free processor, at most; 0 means none: the worker leases a job only when a
    /// processor is free. Waiting jobs are leased, so keep it small: their visibility timeout runs while they wait, and
    /// an idle worker cannot take them.</summary>
    public int BufferCapacity { get; set; }

    /// <summary>How long a received job stays hidden from other workers; longer than the slowest job, or it is run twice.</summary>
    public int VisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>Deliveries of a job before it is given up: its result says Failed and the message goes to the poison queue.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry of a job that failed unexpectedly; each further retry waits twice as long.</summary>
    public double RetryDelaySeconds { get; set; } = 1;

    /// <summary>Longest wait before a retry.</summary>
    public double MaxRetryDelaySeconds { get; set; } = 30;

    /// <summary>How often an idle worker looks at the queue when nothing signals it (jobs from another process).</summary>
    public int PollIntervalMilliseconds { get; set; } = 250;

    /// <summary>How often the worker writes its heartbeat.</summary>
    public int HeartbeatSeconds { get; set; } = 5;

    /// <summary>How often the engines are checked again (a short synthesis and its transcription).</summary>
    public int EngineCheckSeconds { get; set; } = 300;

    /// <summary>The worker's id in heartbeats and results; empty means host name and process id.</summary>
    public string WorkerId { get; set; } = "";

    /// <summary>The concurrency in force.</summary>
    public int EffectiveMaxConcurrentJobs => MaxConcurrentJobs > 0 ? MaxConcurrentJobs : Environment.ProcessorCount;

    /// <summary>Jobs leased at once, running or waiting, at most: <see cref="EffectiveMaxConcurrentJobs"/> plus
    /// <see cref="BufferCapacity"/>.</summary>
    public int EffectiveLeaseCapacity => EffectiveMaxConcurrentJobs + BufferCapacity;

    /// <summary>The worker id in force.</summary>
    public string EffectiveWorkerId => string.IsNullOrWhiteSpace(WorkerId) ? $"{Environment.MachineName}-{Environment.ProcessId}" : WorkerId;

    /// <summary>The wait before the retry that follows delivery <paramref name="dequeueCount"/>.</summary>
    public TimeSpan RetryDelay(int dequeueCount)
    {
        var seconds = RetryDelaySeconds * Math.Pow(2, Math.Clamp(dequeueCount - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxRetryDelaySeconds));
    }
}
