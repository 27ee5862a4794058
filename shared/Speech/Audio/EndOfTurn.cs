namespace MockInterview.Speech.Audio;

/// <summary>Where a silence ended the candidate's turn.</summary>
/// <param name="SpeechEndSeconds">Where the last speech before the silence ends.</param>
/// <param name="TurnEndSeconds">The moment the silence reached the threshold (speech end + threshold): when a live
/// listener would have taken the turn.</param>
internal readonly record struct EndOfTurn(double SpeechEndSeconds, double TurnEndSeconds);
