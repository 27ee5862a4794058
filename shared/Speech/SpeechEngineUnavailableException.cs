namespace MockInterview.Speech;

/// <summary>A speech engine cannot run here: its native library, model file or command-line tool is missing or
/// broken. The message says what is missing and which setting or package supplies it.</summary>
public sealed class SpeechEngineUnavailableException : Exception
{
    public SpeechEngineUnavailableException(string message)
        : base(message)
    {
    }

    public SpeechEngineUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
