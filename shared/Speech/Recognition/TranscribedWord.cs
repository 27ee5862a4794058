namespace MockInterview.Speech.Recognition;

/// <summary>One recognised word.</summary>
/// <param name="Text">The word.</param>
/// <param name="StartSeconds">Where it starts in the audio.</param>
/// <param name="EndSeconds">Where it ends in the audio.</param>
/// <param name="Confidence">The engine's confidence, 0 to 1 (a posterior probability for pocketsphinx, a token
/// probability for Whisper).</param>
public sealed record TranscribedWord(string Text, double StartSeconds, double EndSeconds, double Confidence);
