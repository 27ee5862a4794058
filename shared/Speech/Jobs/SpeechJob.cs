namespace MockInterview.Speech.Jobs;

/// <summary>A message on the <c>speech-jobs</c> queue: what to do and where the input is; never audio bytes.</summary>
/// <param name="JobId">The job's id (32 lower-case hex characters); the result carries it back.</param>
/// <param name="Kind">Transcribe or synthesise.</param>
/// <param name="AudioKey">Transcribe: the file-store key of the uploaded audio (any supported format).</param>
/// <param name="Text">Synthesise: the text to speak.</param>
/// <param name="Voice">Synthesise: the voice preset ("professional", "warm", …); null for the default.</param>
/// <param name="EndOfTurnSilenceSeconds">Transcribe: a silence at least this long after the speech began ends the
/// answer, and what follows it is not transcribed; null when only the client's submit ends the answer.</param>
/// <param name="EnqueuedAt">When the app enqueued it.</param>
/// <param name="ExpiresAt">After this nobody waits for the result: the worker drops the job unprocessed.</param>
/// <param name="AllowSilence">Transcribe: audio with no speech is an empty transcript with its duration instead of a
/// <c>noSpeech</c> rejection (a piece of an answer, or its tail, may be a pause). Absent in older messages: false.</param>
/// <param name="CompressedFirst">Synthesise: the job completes only once the compressed copy (Ogg/Opus) is stored too,
/// for a client that takes only that type and cannot wait for the copy made after the WAV (ad-hoc text is deleted once
/// served). False: done as soon as the WAV is stored. Absent in older messages: false.</param>
public sealed record SpeechJob(
    string JobId,
    SpeechJobKind Kind,
    string? AudioKey,
    string? Text,
    string? Voice,
    double? EndOfTurnSilenceSeconds,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset ExpiresAt,
    bool AllowSilence = false,
    bool CompressedFirst = false);
