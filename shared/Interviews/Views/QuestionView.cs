namespace MockInterview.Interviews;

/// <summary>The current question.</summary>
/// <param name="Id">Send it back with the answer.</param>
/// <param name="Text">The question.</param>
/// <param name="Number">1-based number among the main questions; a follow-up has the number of the question it follows up.</param>
/// <param name="IsFollowUp">A follow-up of the previous answer.</param>
/// <param name="Category">e.g. behavioral; closing for the unscored closing question.</param>
/// <param name="AskedAt">When it was asked.</param>
/// <param name="AnswerDueAt">When its answer time runs out.</param>
public sealed record QuestionView(string Id, string Text, int Number, bool IsFollowUp, string Category, DateTimeOffset AskedAt, DateTimeOffset AnswerDueAt)
{
    /// <summary>Voice: start answering by then or the question times out unanswered; null when there is no thinking limit
    /// (text, or once answering started).</summary>
    public DateTimeOffset? ThinkingDueAt { get; init; }

    /// <summary>Voice: when the candidate started answering (<see cref="AnswerDueAt"/> runs from it); null before.</summary>
    public DateTimeOffset? AnsweringStartedAt { get; init; }
}
