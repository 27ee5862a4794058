namespace MockInterview.Speech.Synthesis;

/// <summary>Spoken text, stored in the file store.</summary>
/// <param name="WavKey">File-store key of the audio as 16-bit PCM WAV.</param>
/// <param name="CompressedKey">File-store key of the same audio compressed (see <paramref name="CompressedMediaType"/>); null when no encoder is available.</param>
/// <param name="CompressedMediaType">The compressed audio's media type, e.g. "audio/ogg" (Opus) or "audio/mpeg".</param>
/// <param name="DurationSeconds">Length of the audio.</param>
/// <param name="Engine">The engine that spoke it ("flite", "espeak-ng", "piper").</param>
/// <param name="Voice">The voice preset used.</param>
/// <param name="FromCache">True when the same text in the same voice had been spoken before and the stored audio was reused.</param>
public sealed record SynthesizedSpeech(
    string WavKey,
    string? CompressedKey,
    string? CompressedMediaType,
    double DurationSeconds,
    string Engine,
    string Voice,
    bool FromCache);
