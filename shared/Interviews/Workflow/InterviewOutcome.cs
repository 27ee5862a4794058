namespace MockInterview.Interviews;

/// <summary>The interview workflow's output.</summary>
/// <param name="InterviewId">The interview.</param>
/// <param name="OverallScore">0–10.</param>
/// <param name="QuestionsAsked">Scored questions asked (closing excluded).</param>
/// <param name="QuestionsAnswered">Of those, answered.</param>
/// <param name="EndedEarly">The candidate ended the question phase early.</param>
/// <param name="CompletedAt">When the report was written.</param>
public sealed record InterviewOutcome(
    string InterviewId,
    double OverallScore,
    int QuestionsAsked,
    int QuestionsAnswered,
    bool EndedEarly,
    DateTimeOffset CompletedAt);
