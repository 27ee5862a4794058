namespace MockInterview.Candidates.Jobs;

/// <summary>One stored job description with its parsed profile.</summary>
/// <param name="Id">32 lower-case hex characters.</param>
/// <param name="Owner">The caller who stored it.</param>
/// <param name="Title">The title given, else the one found in the text; null when neither.</param>
/// <param name="Text">The job description as sent (trimmed).</param>
/// <param name="ProfileJson">The parsed job profile as JSON (camelCase).</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record JobRecord(string Id, string Owner, string? Title, string Text, string ProfileJson, DateTimeOffset CreatedAt)
{
    /// <summary>Overrides the generated text so that the description never reaches a log.</summary>
    public override string ToString() => $"JobRecord {{ Id = {Id}, Chars = {Text.Length} }}";
}
