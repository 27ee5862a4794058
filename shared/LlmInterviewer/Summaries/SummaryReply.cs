namespace MockInterview.LlmInterviewer.Summaries;

/// <summary>The model's summary reply, as parsed.</summary>
internal sealed record SummaryReply
{
    public List<SummaryReplyHighlight?>? Strengths { get; init; }

    public List<SummaryReplyHighlight?>? Improvements { get; init; }

    public string? Narrative { get; init; }
}
