namespace MockInterview.Workflows.Tests;

public sealed class DueQueueTests
{
    [Fact]
    public void Add_DueBeyondTheSystemTimerRange_IsHeldWithoutThrowing()
    {
        // A system timer refuses due times past ~49.7 days; a workflow timer or delayed start that far out must not
        // throw from the commit callback (which would fail a committed episode) or from a timer callback.
        using var queue = new DueQueue(TimeProvider.System);
        queue.Start();
        var fired = false;

        queue.Add(new DueEntry(TimeProvider.System.GetUtcNow().AddDays(60), () => fired = true));

        Assert.Equal(1, queue.Count);
        Assert.False(fired);
    }
}
