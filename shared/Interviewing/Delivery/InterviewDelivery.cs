namespace MockInterview.Interviewing.Delivery;

/// <summary>How the spoken answers of an interview were delivered, all together (typed answers are not counted).</summary>
/// <param name="SpokenAnswers">Answers given by voice.</param>
/// <param name="Words">Recognised words in them.</param>
/// <param name="AudioSeconds">Their audio in all.</param>
/// <param name="SpeakingSeconds">Time spent speaking in all.</param>
/// <param name="WordsPerMinute">Pace while speaking, over all spoken answers.</param>
/// <param name="OverallWordsPerMinute">Pace over all their audio.</param>
/// <param name="MeanTimeToFirstWordSeconds">Mean thinking time before the first word.</param>
/// <param name="Pauses">Pauses in all (the longest is the longest of any answer).</param>
/// <param name="FillerWords">Fillers in all.</param>
/// <param name="Fillers">Each filler, with its count over all answers.</param>
/// <param name="FillersPerMinute">Fillers per minute of speaking time.</param>
/// <param name="SpeakingShare">Speaking time over audio time.</param>
/// <param name="MeanConfidence">Mean recognition confidence over all words.</param>
/// <param name="LowConfidenceShare">Share of all words recognised with low confidence.</param>
public sealed record InterviewDelivery(
    int SpokenAnswers,
    int Words,
    double AudioSeconds,
    double SpeakingSeconds,
    double WordsPerMinute,
    double OverallWordsPerMinute,
    double MeanTimeToFirstWordSeconds,
    PauseStatistics Pauses,
    int FillerWords,
    IReadOnlyDictionary<string, int> Fillers,
    double FillersPerMinute,
    double SpeakingShare,
    double MeanConfidence,
    double LowConfidenceShare);
