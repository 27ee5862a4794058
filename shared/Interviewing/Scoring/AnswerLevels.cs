namespace MockInterview.Interviewing.Scoring;

/// <summary>The quality levels of a labelled answer and the orderings the scorer must respect (issue #3): strong &gt;
/// adequate &gt; vague &gt; {off-topic, gibberish, empty}; stuffed and injected answers below adequate.</summary>
public static class AnswerLevels
{
    public const string Strong = "strong";
    public const string Adequate = "adequate";
    public const string Vague = "vague";
    public const string OffTopic = "offTopic";
    public const string Gibberish = "gibberish";
    public const string Empty = "empty";
    public const string Stuffed = "stuffed";
    public const string Injection = "injection";

    /// <summary>All levels, best first.</summary>
    public static IReadOnlyList<string> All { get; } = [Strong, Adequate, Vague, OffTopic, Gibberish, Empty, Stuffed, Injection];

    /// <summary>Every (higher, lower) pair that must be ordered, including the ones implied by transitivity.</summary>
    public static IReadOnlyList<(string High, string Low)> RequiredPairs { get; } =
    [
        (Strong, Adequate), (Adequate, Vague), (Vague, OffTopic), (Vague, Gibberish), (Vague, Empty),
        (Strong, Vague), (Strong, OffTopic), (Strong, Gibberish), (Strong, Empty), (Adequate, OffTopic),
        (Adequate, Gibberish), (Adequate, Empty), (Adequate, Stuffed), (Adequate, Injection),
        (Strong, Stuffed), (Strong, Injection),
    ];

    /// <summary>Levels whose score must never be above this (issue #3 says 5; we hold them to 4).</summary>
    public const double FlaggedCeiling = 4;
}
