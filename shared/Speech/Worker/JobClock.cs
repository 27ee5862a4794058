using MockInterview.Speech.Jobs;
using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Worker;

/// <summary>When the worker started a job, and the result with its queue and processing times.</summary>
internal sealed class JobClock(TimeProvider time)
{
    private readonly long started = time.GetTimestamp();

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public SpeechJobResult Result(
        SpeechJob job,
        SpeechJobStatus status,
        string workerId,
        Transcript? transcript = null,
        SynthesizedSpeech? speech = null,
        (string Code, string Detail)? error = null) =>
        new(
            job.JobId,
            job.Kind,
            status,
            transcript,
            speech,
            error?.Code,
            error?.Detail,
            workerId,
            time.GetUtcNow(),
            Math.Max(0, (StartedAt - job.EnqueuedAt).TotalMilliseconds),
            time.GetElapsedTime(started).TotalMilliseconds);
}
