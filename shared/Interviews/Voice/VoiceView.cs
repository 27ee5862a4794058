namespace MockInterview.Interviews;

/// <summary>The voice side of a voice interview as the client sees it.</summary>
/// <param name="Requested">The mode asked for (voice).</param>
/// <param name="Current">The mode now: text while voice is unavailable.</param>
/// <param name="Message">What to tell the candidate when voice is unavailable; null while voice works.</param>
/// <param name="Reason">Why the mode last changed; null when it never did.</param>
/// <param name="ThinkingSeconds">Time after a question to start answering before it times out unanswered.</param>
/// <param name="EndOfTurnSilenceSeconds">Silence that ends a spoken answer: the client's voice-activity detection uses this.</param>
/// <param name="Changes">Every switch, oldest first.</param>
public sealed record VoiceView(
    AnswerMode Requested,
    AnswerMode Current,
    string? Message,
    string? Reason,
    double ThinkingSeconds,
    double EndOfTurnSilenceSeconds,
    IReadOnlyList<VoiceModeChange> Changes)
{
    /// <summary>Shown while a voice interview is in text mode.</summary>
    public const string UnavailableMessage = "Voice is unavailable right now; please type your answer.";

    internal static VoiceView? From(VoiceState? voice) => voice is null ? null : new VoiceView(
        voice.Requested,
        voice.Current,
        voice.Current == AnswerMode.Text && voice.Requested == AnswerMode.Voice ? UnavailableMessage : null,
        voice.Reason,
        voice.ThinkingSeconds,
        voice.EndOfTurnSilenceSeconds,
        voice.Changes);
}
