namespace MockInterview.Speech.Recognition;

/// <summary>Which speech-to-text engine runs (<c>Speech:Recognition:Engine</c>).</summary>
public enum RecognitionEngine
{
    /// <summary>Whisper when <see cref="Whisper.WhisperOptions.ModelPath"/> is set, else pocketsphinx.</summary>
    Auto,

    /// <summary>Whisper through whisper.cpp; needs a ggml model.</summary>
    Whisper,

    /// <summary>CMU pocketsphinx, on the CPU.</summary>
    PocketSphinx,
}
