namespace MockInterview.Interviewing.FollowUps;

/// <summary>A targeted follow-up: what it asks, what a good reply covers, and why it was asked.</summary>
internal sealed record FollowUpKind(string Text, IReadOnlyList<string> Rubric, string Rationale)
{
    public static FollowUpKind Result { get; } = new(
        "How did it turn out? What was the result, and can you put a number on it?",
        ["States the outcome", "Quantifies the impact (time, money, users, %)", "Says what they learned"],
        "Your story did not say how it ended, so the interviewer asks for the result.");

    public static FollowUpKind OwnAction { get; } = new(
        "What did you personally do there, as opposed to the rest of the team?",
        ["Names their own actions step by step", "Explains why they chose those actions"],
        "Your answer described what the team did, not what you did.");

    public static FollowUpKind Example { get; } = new(
        "Can you give me a concrete example from your own experience, with numbers if you have them?",
        ["Gives one real, specific example", "Includes numbers, names of tools or a measurable outcome"],
        "Your answer stayed general, so the interviewer asks for a concrete example.");

    public static FollowUpKind Unpack { get; } = new(
        "You mentioned several technologies. Pick one and walk me through how you actually used it on a project, and why.",
        ["Picks one technology and a real project", "Explains how and why it was used", "Names a result or a lesson"],
        "Your answer listed technologies without showing how you used them.");
}
