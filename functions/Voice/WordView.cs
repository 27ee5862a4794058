namespace MockInterview.Functions.Voice;

/// <summary>One recognised word.</summary>
/// <param name="Text">The word.</param>
/// <param name="Start">Start in the audio, seconds.</param>
/// <param name="End">End in the audio, seconds.</param>
/// <param name="Confidence">0 to 1.</param>
public sealed record WordView(string Text, double Start, double End, double Confidence);
