namespace MockInterview.LlmInterviewer.Grading;

/// <summary>The model's grade of one answer, as parsed (every part may be missing).</summary>
internal sealed record GradingReply
{
    public double? Score { get; init; }

    public Dictionary<string, double?>? Dimensions { get; init; }

    public List<GradingReplyFlag?>? Flags { get; init; }

    public string? Feedback { get; init; }

    public List<string?>? Reasons { get; init; }

    public List<string?>? StrongerAnswer { get; init; }
}
