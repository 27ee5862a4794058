namespace MockInterview.Interviewing;

/// <summary>Measured facts about one answer's delivery, shown in the report next to the score.</summary>
/// <param name="Words">Words in the answer.</param>
/// <param name="Sentences">Sentences in the answer.</param>
/// <param name="FillerWords">Filler words and phrases ("um", "you know", "kind of") in all.</param>
/// <param name="Fillers">Each filler found, with its count.</param>
public sealed record AnswerStatistics(int Words, int Sentences, int FillerWords, IReadOnlyDictionary<string, int> Fillers)
{
    /// <summary>No answer at all.</summary>
    public static AnswerStatistics None { get; } = new(0, 0, 0, new Dictionary<string, int>());

    /// <summary>Fillers per 100 words; about 1 is natural in speech, above 5 distracts.</summary>
    public double FillersPer100Words => Words == 0 ? 0 : Math.Round(FillerWords * 100.0 / Words, 1);
}
