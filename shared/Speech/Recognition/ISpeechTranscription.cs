namespace MockInterview.Speech.Recognition;

/// <summary>What the worker does for a transcribe job: reads the stored audio, decodes it and runs the configured
/// recogniser.</summary>
public interface ISpeechTranscription
{
    /// <summary>Transcribes the audio stored under <paramref name="audioKey"/>.</summary>
    /// <param name="audioKey">The file-store key of the audio.</param>
    /// <param name="endOfTurnSilenceSeconds">A silence this long after the speech began ends the answer; null: only the end of the audio does.</param>
    /// <param name="allowSilence">Audio with no speech is an empty transcript with its duration, not a <c>noSpeech</c> refusal.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="Audio.SpeechInputException">The audio is missing, empty, corrupt, unsupported, too large, too
    /// long or (unless <paramref name="allowSilence"/>) holds no speech.</exception>
    /// <exception cref="SpeechEngineUnavailableException">No recogniser can run here.</exception>
    Task<Transcript> TranscribeAsync(string audioKey, double? endOfTurnSilenceSeconds, bool allowSilence, CancellationToken cancellationToken);
}
