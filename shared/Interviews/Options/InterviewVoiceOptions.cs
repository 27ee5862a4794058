namespace MockInterview.Interviews;

/// <summary>Turn-taking of voice interviews (section <c>Interviews:Voice</c>); fixed per interview when it starts.</summary>
public sealed class InterviewVoiceOptions
{
    /// <summary>Seconds after a question is asked for the candidate to start answering (speaking, or typing once the
    /// app reports it); a question with no start by then times out unanswered. Once started, the mode's answer time
    /// limit applies from that moment (capped by the end of the question phase). 5–300.</summary>
    public double ThinkingSeconds { get; set; } = 20;

    /// <summary>Seconds of silence that end a spoken answer (the speech worker and the client's voice-activity detection
    /// both use it; there is no fixed one second). 1–15.</summary>
    public double EndOfTurnSilenceSeconds { get; set; } = 3;
}
