namespace MockInterview.Interviewing.Tests.Scoring;

/// <summary>One bank question with answers written at known quality levels.</summary>
public sealed record LabelledCase(
    string QuestionId,
    string Strong,
    string Adequate,
    string Vague,
    string OffTopic,
    string Gibberish,
    string Empty,
    string Stuffed,
    string Injection);
