namespace MockInterview.Sandbox;

/// <summary>What to run in the sandbox.</summary>
/// <param name="Tool">The executable: a name looked up on PATH, or a path.</param>
/// <param name="Arguments">Its arguments, passed as they are (no shell).</param>
/// <param name="WorkingDirectory">A private directory the caller owns; it is also the tool's HOME and TMPDIR.</param>
/// <param name="InstallHint">What to install or configure when the tool is missing, e.g. "install ffmpeg
/// (apt-get install ffmpeg) or set Speech:Audio:FfmpegPath"; it ends the message of
/// <see cref="SandboxToolUnavailableException"/>.</param>
public sealed record SandboxCommand(string Tool, IReadOnlyList<string> Arguments, string WorkingDirectory, string InstallHint)
{
    /// <summary>The <c>prlimit</c> executable (util-linux) that applies the limits on Linux.</summary>
    public string PrlimitPath { get; init; } = "prlimit";
}
