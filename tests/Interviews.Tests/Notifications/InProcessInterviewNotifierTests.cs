namespace MockInterview.Interviews.Tests.Notifications;

public sealed class InProcessInterviewNotifierTests
{
    [Fact]
    public async Task Publish_Subscribers_ReceiveOnlyTheirInterview()
    {
        var notifier = new InProcessInterviewNotifier();
        using var a = notifier.Subscribe("a");
        using var b = notifier.Subscribe("b");

        await notifier.PublishAsync(new InterviewChange("a", InterviewPhase.Questions, "q2"), default);

        Assert.True(a.Changes.TryRead(out var change));
        Assert.Equal("q2", change.QuestionId);
        Assert.False(b.Changes.TryRead(out _));
    }

    [Fact]
    public async Task Dispose_Subscription_StopsDeliveryAndForgetsIt()
    {
        var notifier = new InProcessInterviewNotifier();
        var subscription = notifier.Subscribe("a");
        Assert.Equal(1, notifier.CountSubscribers("a"));
        subscription.Dispose();

        await notifier.PublishAsync(new InterviewChange("a", InterviewPhase.Summary, null), default);

        Assert.Equal(0, notifier.CountSubscribers("a"));
        Assert.False(subscription.Changes.TryRead(out _));
        Assert.True(subscription.Changes.Completion.IsCompleted);
    }

    [Fact]
    public async Task Publish_SlowReader_KeepsTheLatestChanges()
    {
        var notifier = new InProcessInterviewNotifier();
        using var slow = notifier.Subscribe("a");
        for (var i = 0; i < 100; i++)
        {
            await notifier.PublishAsync(new InterviewChange("a", InterviewPhase.Questions, $"q{i}"), default);
        }

        var seen = new List<string?>();
        while (slow.Changes.TryRead(out var change))
        {
            seen.Add(change.QuestionId);
        }

        Assert.Equal(16, seen.Count);
        Assert.Equal("q99", seen[^1]);
    }
}
