namespace MockInterview.LlmInterviewer.Grading;

/// <summary>One flag of <see cref="GradingReply"/>.</summary>
internal sealed record GradingReplyFlag
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}
