namespace MockInterview.Speech.Recognition;

/// <summary>What was said, with when and how surely.</summary>
/// <param name="Text">The words, space-separated, lower-case as the engine gives them; empty when nothing was recognised.</param>
/// <param name="Words">Each word with its timing and confidence, in order (no silence or noise markers).</param>
/// <param name="AudioSeconds">Length of the audio considered (up to the end of the turn when silence ended it).</param>
/// <param name="ReceivedSeconds">Length of the audio received; more than <paramref name="AudioSeconds"/> when silence ended the turn early.</param>
/// <param name="EndedBySilence">True when a silence of the configured length ended the answer before the audio did.</param>
/// <param name="Engine">The engine that produced it ("pocketsphinx", "whisper").</param>
public sealed record Transcript(
    string Text,
    IReadOnlyList<TranscribedWord> Words,
    double AudioSeconds,
    double ReceivedSeconds,
    bool EndedBySilence,
    string Engine);
