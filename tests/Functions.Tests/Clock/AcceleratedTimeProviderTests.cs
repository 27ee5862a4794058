using MockInterview.Functions.Clock;
using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Clock;

public sealed class AcceleratedTimeProviderTests
{
    [Fact]
    public void GetUtcNow_OneRealSecondAtSpeed60_OneSimulatedMinuteHasPassed()
    {
        var real = new ManualTimeProvider();
        var clock = new AcceleratedTimeProvider(60, real);
        var start = clock.GetUtcNow();

        real.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromMinutes(1), clock.GetUtcNow() - start);
    }

    [Fact]
    public void CreateTimer_SimulatedMinute_FiresAfterOneRealSecond()
    {
        var real = new ManualTimeProvider();
        var clock = new AcceleratedTimeProvider(60, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        real.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Change_RearmedForTwoSimulatedMinutes_FiresAfterTwoRealSeconds()
    {
        var real = new ManualTimeProvider();
        var clock = new AcceleratedTimeProvider(60, real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromMinutes(2), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Constructor_SpeedBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(0.5));
}
