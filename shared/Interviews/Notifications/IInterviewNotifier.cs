namespace MockInterview.Interviews;

/// <summary>Pushes interview changes to whoever watches them (server-sent events locally, SignalR later).</summary>
/// <remarks>Publishers call it after their change is committed; delivery is best effort, so subscribers re-read the store.</remarks>
public interface IInterviewNotifier
{
    /// <summary>Tells the interview's subscribers that it changed.</summary>
    ValueTask PublishAsync(InterviewChange change, CancellationToken cancellationToken);

    /// <summary>Starts watching one interview; dispose the subscription to stop.</summary>
    IInterviewSubscription Subscribe(string interviewId);
}
