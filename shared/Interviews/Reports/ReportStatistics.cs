namespace MockInterview.Interviews;

/// <summary>Length and filler-word statistics over every scored answer of the interview (the closing answer excluded).</summary>
/// <param name="Answers">Scored questions that got an answer.</param>
/// <param name="Words">Words in those answers.</param>
/// <param name="MeanWords">Mean words per answer.</param>
/// <param name="LongestWords">Words in the longest answer.</param>
/// <param name="LongestNumber">The report number of the longest answer; 0 when there is none.</param>
/// <param name="ShortestWords">Words in the shortest answer.</param>
/// <param name="ShortestNumber">The report number of the shortest answer; 0 when there is none.</param>
/// <param name="FillerWords">Filler words and phrases in all.</param>
/// <param name="FillersPer100Words">Filler words per 100 words; about 1 is natural in speech, above 3 distracts.</param>
/// <param name="TopFillers">The most used fillers, most first.</param>
public sealed record ReportStatistics(
    int Answers,
    int Words,
    double MeanWords,
    int LongestWords,
    int LongestNumber,
    int ShortestWords,
    int ShortestNumber,
    int FillerWords,
    double FillersPer100Words,
    IReadOnlyList<ReportFiller> TopFillers)
{
    /// <summary>No answers.</summary>
    public static ReportStatistics None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, []);
}
