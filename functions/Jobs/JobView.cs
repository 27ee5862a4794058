using System.Text.Json;
using MockInterview.Candidates.Jobs;

namespace MockInterview.Functions.Jobs;

/// <summary>A stored job description as its owner sees it (see docs/api-contract.md).</summary>
/// <param name="Id">32 lower-case hex characters.</param>
/// <param name="Title">The title given, else the one found in the text.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Text">The job description.</param>
/// <param name="Profile">The parsed job profile: required and nice-to-have skills, seniority with its evidence,
/// minimum years, responsibilities, keywords, warnings.</param>
public sealed record JobView(string Id, string? Title, DateTimeOffset CreatedAt, string Text, JsonElement Profile)
{
    /// <summary>The view of <paramref name="record"/>.</summary>
    internal static JobView From(JobRecord record)
    {
        using var document = JsonDocument.Parse(record.ProfileJson);
        return new JobView(record.Id, record.Title, record.CreatedAt, record.Text, document.RootElement.Clone());
    }
}
