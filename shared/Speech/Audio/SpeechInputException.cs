namespace MockInterview.Speech.Audio;

/// <summary>The caller's audio or text cannot be used: corrupt, silent, too long, too big, an unsupported format.
/// Maps to a 4xx; <see cref="Code"/> is stable and <see cref="Exception.Message"/> is safe to show a user.</summary>
public sealed class SpeechInputException(string code, string message) : Exception(message)
{
    /// <summary>A stable code: "audioEmpty", "audioCorrupt", "audioUnsupported", "audioTooLarge", "audioTooLong",
    /// "noSpeech", "textEmpty", "textTooLong", "unknownVoice".</summary>
    public string Code { get; } = code;
}
