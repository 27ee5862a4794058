namespace MockInterview.LlmInterviewer.FollowUps;

/// <summary>The model's follow-up decision, as parsed.</summary>
internal sealed record FollowUpReply
{
    public bool? AskFollowUp { get; init; }

    public string? Question { get; init; }

    public List<string?>? RubricPoints { get; init; }

    public string? Reason { get; init; }
}
