namespace MockInterview.Sandbox;

/// <summary>How a sandboxed tool run ended.</summary>
/// <param name="ExitCode">The exit status; 128 + the signal number when a signal ended it (CPU or memory limit).</param>
/// <param name="Output">Standard output, at most the cap asked for.</param>
/// <param name="OutputTruncated">The output reached the cap and the process was killed.</param>
/// <param name="Errors">The start of standard error, for classification and logs only; never shown to users.</param>
/// <param name="TimedOut">The wall-clock timeout killed the process.</param>
public sealed record ProcessOutcome(int ExitCode, byte[] Output, bool OutputTruncated, string Errors, bool TimedOut)
{
    /// <summary>The signal that ended the process, if one did.</summary>
    public int? Signal => ExitCode > 128 && !OutputTruncated && !TimedOut ? ExitCode - 128 : null;
}
