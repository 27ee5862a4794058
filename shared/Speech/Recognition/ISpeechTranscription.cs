namespace MockInterview.Speech.Recognition;

/// <summary>What the worker does for a transcribe job: reads the stored audio, decodes it and runs the configured
/// recogniser.</summary>
public interface ISpeechTranscription
{
    /// <summary>Transcribes the audio stored under <paramref name="audioKey"/>.</summary>
    /// <exception cref="Audio.SpeechInputException">The audio is missing, empty, corrupt, unsupported, too large, too
    /// long or holds no speech.</exception>
    /// <exception cref="SpeechEngineUnavailableException">No recogniser can run here.</exception>
    Task<Transcript> TranscribeAsync(string audioKey, double? endOfTurnSilenceSeconds, CancellationToken cancellationToken);
}
