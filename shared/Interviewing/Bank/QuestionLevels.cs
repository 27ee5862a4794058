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

    /// <summary>True when a question of <paramref name="questionLevel"/> lies between the bounds (null = open);
    /// "any"-level questions fit every range.</summary>
    public static bool IsWithin(string questionLevel, string? min, string? max) =>
        questionLevel == Any
        || ((min is null || Rank(questionLevel) >= Rank(min)) && (max is null || Rank(questionLevel) <= Rank(max)));

    /// <summary>The level one step harder (+1) or easier (-1) than <paramref name="level"/>, kept within junior–senior.</summary>
    public static string Step(string level, int steps) =>
        Math.Clamp(Rank(level) + steps, 0, 2) switch
        {
            0 => Junior,
            2 => Senior,
            _ => Mid,
        };

    /// <summary>0 junior, 1 mid ("any" counts as mid), 2 senior.</summary>
    public static int Rank(string level) => level switch
    {
        Junior => 0,
        Senior => 2,
        _ => 1,
    };
}
