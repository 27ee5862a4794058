namespace MockInterview.Benchmarks;

/// <summary>One answer text of the simulated day's pool (<c>RouterDayAnswers.json</c>).</summary>
/// <param name="QuestionId">The bank question it was written for; null for one written for a typed-in question.</param>
/// <param name="Category">behavioral, screening or technical.</param>
/// <param name="Quality">strong, adequate, vague, offTopic, gibberish, stuffed or injection.</param>
/// <param name="Text">The answer.</param>
internal sealed record RouterDayAnswer(string? QuestionId, string Category, string Quality, string Text);
