using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviews;

/// <summary>A finished question.</summary>
public sealed record TranscriptEntryView(
    string QuestionId,
    string Text,
    bool IsFollowUp,
    DateTimeOffset AskedAt,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    bool TimedOut)
{
    /// <summary>How the answer was given, in a voice interview; null in a text interview.</summary>
    public AnsweredBy? By { get; init; }

    /// <summary>How a spoken answer was delivered; null for a typed or missing answer.</summary>
    public SpeechDelivery? Delivery { get; init; }
}
