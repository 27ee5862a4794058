using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing;

/// <summary>One question and what became of it.</summary>
/// <param name="Question">The question asked.</param>
/// <param name="Answer">The candidate's answer; null when unanswered.</param>
/// <param name="Evaluation">The evaluation of the answer; null when unanswered.</param>
/// <param name="TimedOut">True when the answer time ran out.</param>
public sealed record AnsweredTurn(InterviewQuestion Question, string? Answer, AnswerEvaluation? Evaluation, bool TimedOut)
{
    /// <summary>How the answer was spoken; null for a typed or missing answer.</summary>
    public SpeechDelivery? Delivery { get; init; }
}
