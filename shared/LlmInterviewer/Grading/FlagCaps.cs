namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The fixed flag codes and the highest overall score an answer with each can get.</summary>
/// <remarks>The same codes and caps as the offline scorer (shared/Interviewing/Scoring/FlagCodes.cs, internal there);
/// a test checks that the offline brain never scores a flagged answer above these caps.</remarks>
internal static class FlagCaps
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
    public static IReadOnlyList<string> Codes { get; } = [Empty, Gibberish, PromptInjection, KeywordStuffed, OffTopic, Repeated, TooShort, TooLong];

    /// <summary>Flags the offline detector raises that no model reply can lift: the answer is missing, unreadable, a
    /// buzzword list or talks to the grader. The model's view of such an answer is not trusted.</summary>
    public static IReadOnlySet<string> Hard { get; } = new HashSet<string>(StringComparer.Ordinal) { Empty, Gibberish, PromptInjection, KeywordStuffed };

    public static bool IsKnown(string code) => Codes.Contains(code, StringComparer.Ordinal);

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

    /// <summary>What a flag means, for a flag the model raised without a usable message.</summary>
    public static string Message(string code) => code switch
    {
        Empty => "No answer was given.",
        Gibberish => "The answer is not readable text.",
        PromptInjection => "The answer speaks to the grader instead of answering; that is ignored and costs points.",
        KeywordStuffed => "The answer lists buzzwords without sentences that show how you used them.",
        OffTopic => "The answer does not address the question asked.",
        Repeated => "The answer repeats an earlier answer instead of addressing this question.",
        TooShort => "The answer is too short to show what you know; aim for a few sentences.",
        TooLong => "The answer is very long; keep spoken answers to about two minutes.",
        _ => code,
    };
}
