namespace MockInterview.Interviewing.Scoring;

/// <summary>The stable codes of <see cref="AnswerFlag"/> and the score each one caps an answer at. Public: every brain
/// (the LLM one included) raises the same codes and honours the same caps.</summary>
public static class FlagCodes
{
    public const string Empty = "empty";
    public const string Gibberish = "gibberish";
    public const string OffTopic = "offTopic";
    public const string Repeated = "repeated";
    public const string KeywordStuffed = "keywordStuffed";
    public const string PromptInjection = "promptInjection";
    public const string TooShort = "tooShort";
    public const string TooLong = "tooLong";

    /// <summary>Every code, in the order flags are shown.</summary>
    public static IReadOnlyList<string> All { get; } = [Empty, Gibberish, PromptInjection, KeywordStuffed, OffTopic, Repeated, TooShort, TooLong];

    /// <summary>What the flag multiplies the overall score by: every flag costs points, not only a ceiling.</summary>
    public static double Penalty(string code) => code switch
    {
        OffTopic or PromptInjection => 0.5,
        KeywordStuffed or Repeated => 0.6,
        TooShort => 0.8,
        _ => 1,
    };

    /// <summary>The highest overall score an answer with the flag can get.</summary>
    public static double Cap(string code) => code switch
    {
        Empty => 0,
        Gibberish => 1,
        PromptInjection => 2,
        OffTopic => 2,
        KeywordStuffed => 3,
        Repeated => 3,
        TooShort => 4.5,
        _ => 10,
    };
}
