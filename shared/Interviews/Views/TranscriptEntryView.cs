namespace MockInterview.Interviews;

/// <summary>A finished question.</summary>
public sealed record TranscriptEntryView(
    string QuestionId,
    string Text,
    bool IsFollowUp,
    DateTimeOffset AskedAt,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    bool TimedOut);
