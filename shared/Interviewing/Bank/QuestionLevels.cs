namespace MockInterview.Interviewing.Bank;

/// <summary>Seniority levels a bank question targets.</summary>
internal static class QuestionLevels
{
    public const string Junior = "junior";
    public const string Mid = "mid";
    public const string Senior = "senior";
    public const string Any = "any";

    public static IReadOnlyList<string> All { get; } = [Junior, Mid, Senior, Any];

    /// <summary>0 = exact level or "any", 1 = adjacent level, 2 = two levels away; plans prefer small distances.</summary>
    public static int Distance(string questionLevel, string wanted)
    {
        if (questionLevel == Any || questionLevel == wanted)
        {
            return 0;
        }

        return Math.Abs(Rank(questionLevel) - Rank(wanted));
    }

    private static int Rank(string level) => level switch
    {
        Junior => 0,
        Senior => 2,
        _ => 1,
    };
}
