namespace MockInterview.Interviewing.Delivery;

/// <summary>An answer given by voice: its transcript with word timings (the app maps a speech transcript to it).</summary>
/// <param name="Text">The transcript, the words as recognised.</param>
/// <param name="Words">Each word with its timing and confidence, in order.</param>
/// <param name="AudioSeconds">Length of the answer's audio (up to the end of the turn when silence ended it).</param>
/// <param name="EndedBySilence">True when a silence of the configured length ended the answer, not the candidate's submit.</param>
/// <param name="Engine">The speech-to-text engine that produced it ("pocketsphinx", "whisper").</param>
public sealed record SpokenAnswer(string Text, IReadOnlyList<SpokenWord> Words, double AudioSeconds, bool EndedBySilence, string Engine);
