namespace MockInterview.LlmInterviewer.Planning;

/// <summary>The model's plan reply, as parsed (every part may be missing).</summary>
internal sealed record PlanReply
{
    public List<PlanReplyQuestion?>? Questions { get; init; }
}
