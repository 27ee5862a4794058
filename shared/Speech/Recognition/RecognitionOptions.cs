using MockInterview.Speech.Recognition.PocketSphinx;
using MockInterview.Speech.Recognition.Whisper;

namespace MockInterview.Speech.Recognition;

/// <summary>Which recogniser runs and how (section <c>Speech:Recognition</c>), validated at start.</summary>
public sealed class RecognitionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Speech:Recognition";

    /// <summary>auto (Whisper when its model path is set, else pocketsphinx), whisper or pocketsphinx.</summary>
    public RecognitionEngine Engine { get; set; } = RecognitionEngine.Auto;

    /// <summary>The pocketsphinx engine.</summary>
    public PocketSphinxOptions PocketSphinx { get; set; } = new();

    /// <summary>The Whisper engine.</summary>
    public WhisperOptions Whisper { get; set; } = new();

    /// <summary>The engine <see cref="Engine"/> resolves to.</summary>
    public RecognitionEngine ChosenEngine => Engine switch
    {
        RecognitionEngine.Auto => string.IsNullOrWhiteSpace(Whisper.ModelPath) ? RecognitionEngine.PocketSphinx : RecognitionEngine.Whisper,
        var engine => engine,
    };
}
