using MockInterview.Interviewing.Scoring;

namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The fixed flag codes and the highest overall score an answer with each can get.</summary>
/// <remarks>The codes and caps are the offline scorer's (<see cref="FlagCodes"/>); what is added here is which flags
/// the model cannot overrule and a fallback message per code.</remarks>
internal static class FlagCaps
{
    public const string Empty = FlagCodes.Empty;
    public const string Gibberish = FlagCodes.Gibberish;
    public const string OffTopic = FlagCodes.OffTopic;
    public const string Repeated = FlagCodes.Repeated;
    public const string KeywordStuffed = FlagCodes.KeywordStuffed;
    public const string PromptInjection = FlagCodes.PromptInjection;
    public const string TooShort = FlagCodes.TooShort;
    public const string TooLong = FlagCodes.TooLong;

    /// <summary>Every code, in the order flags are shown.</summary>
    public static IReadOnlyList<string> Codes => FlagCodes.All;

    /// <summary>Flags the offline detector raises that no model reply can lift: the answer is missing, unreadable, a
    /// buzzword list or talks to the grader. The model's view of such an answer is not trusted.</summary>
    public static IReadOnlySet<string> Hard { get; } = new HashSet<string>(StringComparer.Ordinal) { Empty, Gibberish, PromptInjection, KeywordStuffed };

    public static bool IsKnown(string code) => Codes.Contains(code, StringComparer.Ordinal);

    /// <summary>The offline scorer's cap for the flag.</summary>
    public static double Cap(string code) => FlagCodes.Cap(code);

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
