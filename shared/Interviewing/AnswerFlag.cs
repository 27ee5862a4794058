namespace MockInterview.Interviewing;

/// <summary>A problem with an answer, shown to the candidate.</summary>
/// <param name="Code">Stable code: empty, gibberish, offTopic, repeated, keywordStuffed, promptInjection, tooShort, tooLong.</param>
/// <param name="Message">What it means, in plain words.</param>
public sealed record AnswerFlag(string Code, string Message);
