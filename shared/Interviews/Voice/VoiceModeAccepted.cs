namespace MockInterview.Interviews;

/// <summary>The voice mode of an interview after a switch request.</summary>
/// <param name="Id">The interview.</param>
/// <param name="Current">The mode now.</param>
/// <param name="Changed">False when the interview was already in that mode (the request changed nothing).</param>
public sealed record VoiceModeAccepted(string Id, AnswerMode Current, bool Changed);
