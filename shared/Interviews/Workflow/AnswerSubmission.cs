using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>Payload of the <c>answer:{questionId}</c> event.</summary>
/// <param name="Text">The answer.</param>
/// <param name="SubmittedAt">When the API accepted it.</param>
public sealed record AnswerSubmission(string Text, DateTimeOffset SubmittedAt)
{
    /// <summary>The spoken answer, when it was given by voice.</summary>
    public SpokenAnswer? Spoken { get; init; }

    /// <summary>How it was given, in a voice interview; null in a text interview.</summary>
    public AnsweredBy? By { get; init; }
}
