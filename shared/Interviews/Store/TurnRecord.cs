using MockInterview.Interviewing;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>One question asked and what became of it.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="Asked">The question, its position and deadline.</param>
/// <param name="Answer">The answer; null when unanswered.</param>
/// <param name="AnsweredAt">When the answer was accepted.</param>
/// <param name="TimedOut">The answer time ran out.</param>
/// <param name="Evaluation">The brain's evaluation, the final one once the questions are over; null when unanswered or not scored.</param>
public sealed record TurnRecord(
    string InterviewId,
    AskedQuestion Asked,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    bool TimedOut,
    AnswerEvaluation? Evaluation)
{
    /// <summary>The evaluation given during the interview, kept when the final review replaced it (an LLM brain grading
    /// every answer at the end); null when the evaluation given during the interview is the final one.</summary>
    public AnswerEvaluation? LiveEvaluation { get; init; }

    /// <summary>How a spoken answer was delivered (pace, pauses, fillers, confidence); null for a typed or missing answer.</summary>
    public SpeechDelivery? Delivery { get; init; }

    /// <summary>How the answer was given, in a voice interview; null in a text interview or when unanswered.</summary>
    public AnsweredBy? By { get; init; }

    /// <summary>The turn as the brain sees it.</summary>
    public AnsweredTurn ToAnsweredTurn() => new(Asked.Question, Answer, Evaluation, TimedOut) { Delivery = Delivery };
}
