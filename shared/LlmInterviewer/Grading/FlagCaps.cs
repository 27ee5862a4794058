using MockInterview.Interviewing.Scoring;

namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The fixed flag codes and the highest overall score an answer with each can get.</summary>
/// <remarks>The codes and caps are the offline scorer's (<see cref="FlagCodes"/>); what is added here is which flags
/// the model cannot overrule and a fallback message per code.</remarks>
internal static class FlagCaps
{
    /// <summary>Every code, in the order flags are shown.</summary>
    public static IReadOnlyList<string> Codes => FlagCodes.All;

    /// <summary>Flags the offline detector raises that no model reply can lift: the answer is missing, unreadable, a
    /// buzzword list or talks to the grader. The model's view of such an answer is not trusted.</summary>
    public static IReadOnlySet<string> Hard { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        FlagCodes.Empty, FlagCodes.Gibberish, FlagCodes.PromptInjection, FlagCodes.KeywordStuffed,
    };

    /// <summary>A flag that is a fact about the answer which the model cannot see or overrule: a <see cref="Hard"/> flag,
    /// or a repeat of an earlier answer (the model gets only this answer).</summary>
    public static bool IsFact(string code) => Hard.Contains(code) || code == FlagCodes.Repeated;

    public static bool IsKnown(string code) => Order(code) >= 0;

    /// <summary>The code's place in <see cref="Codes"/>, or -1 when it is not a known code.</summary>
    public static int Order(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The offline scorer's cap for the flag.</summary>
    public static double Cap(string code) => FlagCodes.Cap(code);

    /// <summary>What a flag means, for a flag the model raised without a usable message.</summary>
    public static string Message(string code) => code switch
    {
        FlagCodes.Empty => "No answer was given.",
        FlagCodes.Gibberish => "The answer is not readable text.",
        FlagCodes.PromptInjection => "The answer speaks to the grader instead of answering; that is ignored and costs points.",
        FlagCodes.KeywordStuffed => "The answer lists buzzwords without sentences that show how you used them.",
        FlagCodes.OffTopic => "The answer does not address the question asked.",
        FlagCodes.Repeated => "The answer repeats an earlier answer instead of addressing this question.",
        FlagCodes.TooShort => "The answer is too short to show what you know; aim for a few sentences.",
        FlagCodes.TooLong => "The answer is very long; keep spoken answers to about two minutes.",
        _ => code,
    };
}
