using System.Threading.Channels;

namespace MockInterview.Interviews;

/// <summary>One watcher of one interview.</summary>
public interface IInterviewSubscription : IDisposable
{
    /// <summary>Changes, in order; older ones are dropped when the reader falls behind.</summary>
    ChannelReader<InterviewChange> Changes { get; }
}
