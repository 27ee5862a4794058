namespace MockInterview.Interviews;

/// <summary>The voice side of a voice interview: the mode asked for, the mode now, how it changed, and the turn-taking
/// settings fixed when it started.</summary>
/// <param name="Requested">The mode the candidate asked for (voice).</param>
/// <param name="Current">The mode now: text while voice is unavailable.</param>
/// <param name="Changes">Every switch, oldest first.</param>
/// <param name="ThinkingSeconds">Time after a question is asked to start answering before it times out unanswered.</param>
/// <param name="EndOfTurnSilenceSeconds">Silence that ends a spoken answer (the client's voice-activity detection uses it).</param>
public sealed record VoiceState(
    AnswerMode Requested,
    AnswerMode Current,
    IReadOnlyList<VoiceModeChange> Changes,
    double ThinkingSeconds,
    double EndOfTurnSilenceSeconds)
{
    /// <summary>Why the mode is what it is: the reason of the last switch; null when it never switched.</summary>
    public string? Reason => Changes.Count == 0 ? null : Changes[^1].Reason;

    /// <summary>The state with a switch to <paramref name="to"/>; null when the interview is already in that mode.</summary>
    public VoiceState? SwitchTo(AnswerMode to, DateTimeOffset at, string reason) =>
        Current == to ? null : this with { Current = to, Changes = [.. Changes, new VoiceModeChange(at, to, reason)] };
}
