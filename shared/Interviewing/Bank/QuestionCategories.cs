namespace MockInterview.Interviewing.Bank;

/// <summary>The categories a bank question can have.</summary>
internal static class QuestionCategories
{
    public const string Introduction = "introduction";
    public const string Screening = "screening";
    public const string Behavioral = "behavioral";
    public const string Technical = "technical";
    public const string Closing = "closing";

    public static IReadOnlyList<string> All { get; } = [Introduction, Screening, Behavioral, Technical, Closing];
}
