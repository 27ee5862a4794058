using MockInterview.Interviewing.Delivery;
using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Voice;

/// <summary>What <c>POST /api/voice/transcribe</c> answers.</summary>
/// <param name="Text">The words, space-separated.</param>
/// <param name="Words">Each word with its timing and confidence.</param>
/// <param name="AudioSeconds">Length of the audio considered (to the end of the turn when silence ended it).</param>
/// <param name="EndedBySilence">A silence of the end-of-turn length ended the answer before the audio did.</param>
/// <param name="Engine">The recogniser ("pocketsphinx", "whisper").</param>
/// <param name="Analytics">Pace, pauses, fillers and confidence of the speech; null when no word was recognised.</param>
public sealed record TranscriptView(
    string Text, IReadOnlyList<WordView> Words, double AudioSeconds, bool EndedBySilence, string Engine, SpeechDelivery? Analytics)
{
    /// <summary>The view of <paramref name="transcript"/>, with its analytics.</summary>
    internal static TranscriptView From(Transcript transcript) => new(
        transcript.Text,
        [.. transcript.Words.Select(w => new WordView(w.Text, w.StartSeconds, w.EndSeconds, w.Confidence))],
        transcript.AudioSeconds,
        transcript.EndedBySilence,
        transcript.Engine,
        transcript.Words.Count == 0 ? null : DeliveryAnalyzer.Analyze(SpokenAnswerOf(transcript)));

    /// <summary>The interview's record of a spoken answer (the interview side does not know the speech types).</summary>
    internal static SpokenAnswer SpokenAnswerOf(Transcript transcript) => new(
        transcript.Text,
        [.. transcript.Words.Select(w => new SpokenWord(w.Text, w.StartSeconds, w.EndSeconds, w.Confidence))],
        transcript.AudioSeconds,
        transcript.EndedBySilence,
        transcript.Engine);

    /// <summary>Overrides the generated text so that what the candidate said never reaches a log.</summary>
    public override string ToString() => $"TranscriptView {{ Words = {Words.Count}, AudioSeconds = {AudioSeconds}, Engine = {Engine} }}";
}
