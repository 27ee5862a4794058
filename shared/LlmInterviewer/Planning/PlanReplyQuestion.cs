namespace MockInterview.LlmInterviewer.Planning;

/// <summary>One personalised question of <see cref="PlanReply"/>.</summary>
internal sealed record PlanReplyQuestion
{
    public string? Id { get; init; }

    public string? Text { get; init; }

    public List<string?>? RubricPoints { get; init; }

    public string? Rationale { get; init; }
}
