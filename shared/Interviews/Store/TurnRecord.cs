using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>One question asked and what became of it.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Asked">The question, its position and deadline.</param>
/// <param name="Answer">The answer; null when unanswered.</param>
/// <param name="AnsweredAt">When the answer was accepted.</param>
/// <param name="TimedOut">The answer time ran out.</param>
/// <param name="Evaluation">The brain's evaluation; null when unanswered or not scored.</param>
public sealed record TurnRecord(
    string InterviewId,
    AskedQuestion Asked,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    bool TimedOut,
    AnswerEvaluation? Evaluation)
{
    /// <summary>The turn as the brain sees it.</summary>
    public AnsweredTurn ToAnsweredTurn() => new(Asked.Question, Answer, Evaluation, TimedOut);
}
