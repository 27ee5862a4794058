using System.Threading.Channels;

namespace MockInterview.Interviews;

/// <summary>Subscribers per interview, in this process.</summary>
internal sealed class InProcessInterviewNotifier : IInterviewNotifier
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Subscription>> subscribers = new(StringComparer.Ordinal);

    public ValueTask PublishAsync(InterviewChange change, CancellationToken cancellationToken)
    {
        Subscription[] watchers;
        lock (gate)
        {
            watchers = subscribers.TryGetValue(change.InterviewId, out var list) ? [.. list] : [];
        }

        foreach (var watcher in watchers)
        {
            watcher.Channel.Writer.TryWrite(change);
        }

        return ValueTask.CompletedTask;
    }

    public IInterviewSubscription Subscribe(string interviewId)
    {
        var subscription = new Subscription(this, interviewId);
        lock (gate)
        {
            if (!subscribers.TryGetValue(interviewId, out var list))
            {
                subscribers[interviewId] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    /// <summary>Subscribers of one interview (for tests and diagnostics).</summary>
    internal int CountSubscribers(string interviewId)
    {
        lock (gate)
        {
            return subscribers.TryGetValue(interviewId, out var list) ? list.Count : 0;
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            if (subscribers.TryGetValue(subscription.InterviewId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                subscribers.Remove(subscription.InterviewId);
            }
        }
    }

    private sealed class Subscription(InProcessInterviewNotifier owner, string interviewId) : IInterviewSubscription
    {
        public string InterviewId { get; } = interviewId;

        public Channel<InterviewChange> Channel { get; } = System.Threading.Channels.Channel.CreateBounded<InterviewChange>(
            new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public ChannelReader<InterviewChange> Changes => Channel.Reader;

        public void Dispose()
        {
            owner.Remove(this);
            Channel.Writer.TryComplete();
        }
    }
}
