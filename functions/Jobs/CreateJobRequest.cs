namespace MockInterview.Functions.Jobs;

/// <summary>Body of <c>POST /api/jobs</c>.</summary>
/// <param name="Text">The job description as plain text (required).</param>
/// <param name="Title">The job title; when absent, the one found in the text.</param>
public sealed record CreateJobRequest(string? Text, string? Title = null);
