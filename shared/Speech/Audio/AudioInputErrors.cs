namespace MockInterview.Speech.Audio;

/// <summary>The <see cref="SpeechInputException"/>s of audio input, with messages safe to show the candidate.</summary>
internal static class AudioInputErrors
{
    /// <summary>The code of audio in which no speech was heard.</summary>
    public const string NoSpeechCode = "noSpeech";

    public static SpeechInputException Empty() =>
        new("audioEmpty", "The audio is empty. Record your answer again.");

    public static SpeechInputException Corrupt(string what) =>
        new("audioCorrupt", $"The audio could not be read ({what}). Record your answer again.");

    public static SpeechInputException Unsupported() =>
        new("audioUnsupported", "The file is not audio in a supported format (WAV, WebM/Opus, OGG, MP3 or FLAC).");

    public static SpeechInputException TooLarge(long maxBytes) =>
        new("audioTooLarge", $"The audio is larger than the {maxBytes / (1024.0 * 1024):0.#} MiB allowed.");

    public static SpeechInputException TooLong(double maxSeconds) =>
        new("audioTooLong", $"The audio is longer than the {maxSeconds:0.#} seconds allowed.");

    public static SpeechInputException NoSpeech() =>
        new(NoSpeechCode, "No speech was heard in the audio. Check the microphone and try again.");
}
