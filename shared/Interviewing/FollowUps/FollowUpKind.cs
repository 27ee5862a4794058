namespace MockInterview.Interviewing.FollowUps;

/// <summary>A targeted follow-up: what it asks (in a few wordings, so that asking it for two questions of one interview
/// never repeats a sentence), what a good reply covers, and why it was asked.</summary>
internal sealed record FollowUpKind(IReadOnlyList<string> Texts, IReadOnlyList<string> Rubric, string Rationale)
{
    public static FollowUpKind Result { get; } = new(
        [
            "How did it turn out? What was the result, and can you put a number on it?",
            "What was the outcome in the end, and how did you know it had worked?",
            "Where did that end up? What changed because of what you did, in numbers if you have them?",
        ],
        ["States the outcome", "Quantifies the impact (time, money, users, %)", "Says what they learned"],
        "Your story did not say how it ended, so the interviewer asks for the result.");

    public static FollowUpKind OwnAction { get; } = new(
        [
            "What did you personally do there, as opposed to the rest of the team?",
            "Which part of that was your own work? Walk me through the steps you took yourself.",
            "You described what the team did. What was your own contribution, step by step?",
        ],
        ["Names their own actions step by step", "Explains why they chose those actions"],
        "Your answer described what the team did, not what you did.");

    public static FollowUpKind Example { get; } = new(
        [
            "Can you give me a concrete example from your own experience, with numbers if you have them?",
            "Could you make that concrete? Tell me about one specific time, with the details and numbers you remember.",
            "What is one real case where you did this yourself, and what exactly happened?",
        ],
        ["Gives one real, specific example", "Includes numbers, names of tools or a measurable outcome"],
        "Your answer stayed general, so the interviewer asks for a concrete example.");

    public static FollowUpKind Unpack { get; } = new(
        [
            "You mentioned several technologies. Pick one and walk me through how you actually used it on a project, and why.",
            "That was mostly a list of tools. Choose one of them and tell me about a problem you solved with it.",
        ],
        ["Picks one technology and a real project", "Explains how and why it was used", "Names a result or a lesson"],
        "Your answer listed technologies without showing how you used them.");

    /// <summary>The first wording not yet asked in this interview; null once every wording was used.</summary>
    public string? Unused(IReadOnlySet<string> askedTexts) => Texts.FirstOrDefault(t => !askedTexts.Contains(t));

    /// <summary>True when this kind, in any wording, was already asked in <paramref name="askedTexts"/>.</summary>
    public bool WasAsked(IEnumerable<string> askedTexts) => askedTexts.Any(Texts.Contains);
}
