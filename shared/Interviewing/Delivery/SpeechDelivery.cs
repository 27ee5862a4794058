namespace MockInterview.Interviewing.Delivery;

/// <summary>How one answer was spoken, measured from its word timings (see <see cref="DeliveryAnalyzer"/>).</summary>
/// <param name="Words">Recognised words.</param>
/// <param name="AudioSeconds">Length of the answer's audio.</param>
/// <param name="SpeakingSeconds">Time spent speaking: first word to last word, less the pauses.</param>
/// <param name="WordsPerMinute">Pace while speaking (words over <paramref name="SpeakingSeconds"/>); 0 without speech.</param>
/// <param name="OverallWordsPerMinute">Pace over the whole answer (words over <paramref name="AudioSeconds"/>).</param>
/// <param name="TimeToFirstWordSeconds">Silence before the first word (thinking time); the whole audio when nothing was said.</param>
/// <param name="Pauses">Pauses between words.</param>
/// <param name="FillerWords">Filler words and phrases in all ("um", "you know", "kind of").</param>
/// <param name="Fillers">Each filler found, with its count.</param>
/// <param name="FillersPerMinute">Fillers per minute of speaking time.</param>
/// <param name="SpeakingShare">Speaking time over answer time, 0 to 1.</param>
/// <param name="MeanConfidence">Mean recognition confidence of the words, 0 to 1 (1 when there are none).</param>
/// <param name="LowConfidenceShare">Share of words recognised with confidence below <see cref="DeliveryAnalyzer.LowConfidence"/>.</param>
/// <param name="EndedBySilence">A silence ended the answer rather than the candidate's submit.</param>
/// <param name="Engine">The speech-to-text engine.</param>
public sealed record SpeechDelivery(
    int Words,
    double AudioSeconds,
    double SpeakingSeconds,
    double WordsPerMinute,
    double OverallWordsPerMinute,
    double TimeToFirstWordSeconds,
    PauseStatistics Pauses,
    int FillerWords,
    IReadOnlyDictionary<string, int> Fillers,
    double FillersPerMinute,
    double SpeakingShare,
    double MeanConfidence,
    double LowConfidenceShare,
    bool EndedBySilence,
    string Engine)
{
    /// <summary>True when the recogniser was unsure of enough words that the transcript may be imperfect.</summary>
    public bool TranscriptUncertain => Words > 0 && (MeanConfidence < DeliveryAnalyzer.UncertainMeanConfidence || LowConfidenceShare > DeliveryAnalyzer.UncertainLowShare);
}
