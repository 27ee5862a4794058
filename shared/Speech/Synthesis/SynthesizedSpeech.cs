namespace MockInterview.Speech.Synthesis;

/// <summary>Spoken text, stored in the file store.</summary>
/// <param name="WavKey">File-store key of the audio as 16-bit PCM WAV.</param>
/// <param name="CompressedKey">File-store key of the same audio compressed (see <paramref name="CompressedMediaType"/>); null
/// while it is still being encoded (see <see cref="PendingCompressedKey"/>) or when no encoder is available.</param>
/// <param name="CompressedMediaType">The compressed audio's media type, e.g. "audio/ogg" (Opus) or "audio/mpeg"; null with <paramref name="CompressedKey"/>.</param>
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
    bool FromCache)
{
    /// <summary>Where the compressed copy will be stored when it is being encoded after the WAV (a new text's result
    /// comes back as soon as its WAV is stored); null when the copy exists (<see cref="CompressedKey"/>) or none is
    /// being made. Whoever deletes this audio deletes this key too, after the WAV.</summary>
    public string? PendingCompressedKey { get; init; }
}
