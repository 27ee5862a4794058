using MockInterview.Speech.Audio;

namespace MockInterview.Speech.Recognition;

/// <summary>A speech-to-text engine.</summary>
public interface ISpeechRecognizer
{
    /// <summary>The engine's name as it appears in transcripts ("pocketsphinx", "whisper").</summary>
    string Name { get; }

    /// <summary>Transcribes 16 kHz mono audio (<see cref="PcmAudio.RecognitionSampleRate"/>).</summary>
    /// <param name="audio">The audio.</param>
    /// <param name="endOfTurnSilenceSeconds">When set, the answer ends at the first silence at least this long after
    /// the speech began; the rest is not transcribed (see <see cref="Transcript.EndedBySilence"/>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="SpeechInputException">The audio holds no speech ("noSpeech").</exception>
    /// <exception cref="SpeechEngineUnavailableException">The engine cannot run here.</exception>
    Task<Transcript> TranscribeAsync(PcmAudio audio, double? endOfTurnSilenceSeconds, CancellationToken cancellationToken);
}
