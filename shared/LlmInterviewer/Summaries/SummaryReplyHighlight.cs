namespace MockInterview.LlmInterviewer.Summaries;

/// <summary>One strength or improvement of <see cref="SummaryReply"/>.</summary>
internal sealed record SummaryReplyHighlight
{
    public string? Text { get; init; }

    public string? Evidence { get; init; }

    public string? QuestionId { get; init; }
}
