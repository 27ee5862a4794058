namespace MockInterview.Sandbox;

/// <summary>The tool, or <c>prlimit</c> on Linux, is missing or cannot be started. Not the user's fault: the message
/// names the tool and ends with the caller's install hint, and is safe to show an operator.</summary>
public sealed class SandboxToolUnavailableException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public SandboxToolUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the start failure.</summary>
    public SandboxToolUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
