using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>A question put to the candidate, with its place in the interview and its deadline.</summary>
/// <param name="Question">The question.</param>
/// <param name="TurnIndex">0-based position among all questions asked (follow-ups and closing included).</param>
/// <param name="AskedAt">When it was asked.</param>
/// <param name="AnswerDueAt">When its answer time runs out.</param>
public sealed record AskedQuestion(InterviewQuestion Question, int TurnIndex, DateTimeOffset AskedAt, DateTimeOffset AnswerDueAt)
{
    /// <summary>The id of the closing question of the summary phase.</summary>
    public const string ClosingId = "closing";

    /// <summary>The category of the closing question (not scored).</summary>
    public const string ClosingCategory = "closing";

    /// <summary>The closing question of the summary phase.</summary>
    public static InterviewQuestion Closing { get; } = new(
        ClosingId,
        "Do you have any questions for me, or anything you'd like to add?",
        ClosingCategory,
        IsFollowUp: false,
        ParentQuestionId: null,
        RubricPoints: [],
        Rationale: "Closing question of the summary phase; not scored.");

    /// <summary>In a voice interview in voice mode: when the candidate must have started answering, or the question times
    /// out unanswered; null for a question answered by typing (text interviews, text mode, the closing question).</summary>
    public DateTimeOffset? ThinkingDueAt { get; init; }

    /// <summary>When the candidate started answering a question with a thinking deadline (<see cref="AnswerDueAt"/> then
    /// runs from it); null before.</summary>
    public DateTimeOffset? AnsweringStartedAt { get; init; }

    /// <summary>True for the unscored closing question.</summary>
    public bool IsClosing => Question.Category == ClosingCategory;
}
