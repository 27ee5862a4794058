namespace MockInterview.Speech.Client;

/// <summary>The outcome of a transcribe or synthesise request: the value, or why there is none.</summary>
/// <typeparam name="T">The transcript or the spoken audio.</typeparam>
public sealed class SpeechOutcome<T>
    where T : class
{
    private SpeechOutcome(SpeechOutcomeKind kind, T? value, string? code, string? detail)
    {
        Kind = kind;
        Value = value;
        Code = code;
        Detail = detail;
    }

    /// <summary>How it ended.</summary>
    public SpeechOutcomeKind Kind { get; }

    /// <summary>The result when <see cref="Kind"/> is <see cref="SpeechOutcomeKind.Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>A stable code when it did not succeed ("audioCorrupt", "noSpeech", "voiceUnavailable"…).</summary>
    public string? Code { get; }

    /// <summary>A sentence safe to show a user when it did not succeed.</summary>
    public string? Detail { get; }

    /// <summary>Time the job waited in the queue for a worker, in milliseconds; null when no worker ran it (a cache hit,
    /// no worker).</summary>
    public double? QueuedMilliseconds { get; private init; }

    /// <summary>Time the worker spent on the job, in milliseconds; null when no worker ran it.</summary>
    public double? ProcessingMilliseconds { get; private init; }

    /// <summary>This outcome with the worker's timings.</summary>
    public SpeechOutcome<T> WithTiming(double queuedMilliseconds, double processingMilliseconds) =>
        new(Kind, Value, Code, Detail) { QueuedMilliseconds = queuedMilliseconds, ProcessingMilliseconds = processingMilliseconds };

    /// <summary>A success.</summary>
    public static SpeechOutcome<T> Succeeded(T value) => new(SpeechOutcomeKind.Succeeded, value ?? throw new ArgumentNullException(nameof(value)), null, null);

    /// <summary>The input was refused.</summary>
    public static SpeechOutcome<T> Rejected(string code, string detail) => new(SpeechOutcomeKind.Rejected, null, code, detail);

    /// <summary>The worker could not do it.</summary>
    public static SpeechOutcome<T> Failed(string code, string detail) => new(SpeechOutcomeKind.Failed, null, code, detail);

    /// <summary>No worker answered.</summary>
    public static SpeechOutcome<T> NoWorker(string detail) => new(SpeechOutcomeKind.NoWorker, null, SpeechClient.VoiceUnavailableCode, detail);
}
