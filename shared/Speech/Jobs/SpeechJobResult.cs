using MockInterview.Speech.Recognition;
using MockInterview.Speech.Synthesis;

namespace MockInterview.Speech.Jobs;

/// <summary>A message on the <c>speech-results</c> queue: how a job ended, with references to any audio it made.</summary>
/// <param name="JobId">The job's id.</param>
/// <param name="Kind">The job's kind.</param>
/// <param name="Status">How it ended.</param>
/// <param name="Transcript">Transcribe, when it succeeded.</param>
/// <param name="Speech">Synthesise, when it succeeded.</param>
/// <param name="ErrorCode">Rejected or failed: a stable code ("audioCorrupt", "audioTooLong", "noSpeech", "engineUnavailable"…).</param>
/// <param name="ErrorDetail">Rejected or failed: a sentence safe to show a user (no paths, no stack traces).</param>
/// <param name="WorkerId">The worker that ran it.</param>
/// <param name="CompletedAt">When the worker finished it.</param>
/// <param name="QueuedMilliseconds">Time from enqueue to the worker starting it.</param>
/// <param name="ProcessingMilliseconds">Time the worker spent on it.</param>
public sealed record SpeechJobResult(
    string JobId,
    SpeechJobKind Kind,
    SpeechJobStatus Status,
    Transcript? Transcript,
    SynthesizedSpeech? Speech,
    string? ErrorCode,
    string? ErrorDetail,
    string WorkerId,
    DateTimeOffset CompletedAt,
    double QueuedMilliseconds,
    double ProcessingMilliseconds);
