namespace MockInterview.Interviewing.Bank;

/// <summary>A ranked search of the question index: keywords, and filters every hit must pass.</summary>
/// <param name="Keywords">Free text (a role, skills, a job description); hostile input is fine.</param>
/// <param name="Category">Only this category (<see cref="QuestionCategories"/>), or any when null.</param>
/// <param name="Track">Only questions that fit this track (questions without tracks fit all), or any when null.</param>
/// <param name="MinLevel">Lowest level (junior, mid, senior), or none when null; "any"-level questions always pass.</param>
/// <param name="MaxLevel">Highest level, or none when null.</param>
/// <param name="ExcludedIds">Ids never to return (asked or planned already).</param>
/// <param name="Limit">At most this many hits.</param>
internal sealed record QuestionSearch(
    string? Keywords,
    string? Category = null,
    string? Track = null,
    string? MinLevel = null,
    string? MaxLevel = null,
    IReadOnlySet<string>? ExcludedIds = null,
    int Limit = 20);
