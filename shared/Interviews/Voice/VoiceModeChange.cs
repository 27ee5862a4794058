namespace MockInterview.Interviews;

/// <summary>A switch of a voice interview between voice and text mode.</summary>
/// <param name="At">When it happened.</param>
/// <param name="To">The mode switched to.</param>
/// <param name="Reason">Why ("the speech worker did not answer in time", "the speech worker is back").</param>
public sealed record VoiceModeChange(DateTimeOffset At, AnswerMode To, string Reason);
