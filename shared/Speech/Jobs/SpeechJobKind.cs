namespace MockInterview.Speech.Jobs;

/// <summary>What a speech job asks the worker to do.</summary>
public enum SpeechJobKind
{
    /// <summary>Speech to text: <see cref="SpeechJob.AudioKey"/> → <see cref="SpeechJobResult.Transcript"/>.</summary>
    Transcribe,

    /// <summary>Text to speech: <see cref="SpeechJob.Text"/> in <see cref="SpeechJob.Voice"/> → <see cref="SpeechJobResult.Speech"/>.</summary>
    Synthesize,
}
