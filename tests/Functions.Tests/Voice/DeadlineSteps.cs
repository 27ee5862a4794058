using MockInterview.TestSupport;

namespace MockInterview.Functions.Tests.Voice;

/// <summary>Moves a manual clock past a deadline that a pending call is waiting out.</summary>
public static class DeadlineSteps
{
    /// <summary>Advances <paramref name="clock"/> by <paramref name="deadline"/> until <paramref name="pending"/> ends
    /// (at most three steps): the call may arm its timer just after the test saw its job, so the first step can come too
    /// early for it. Each step waits a bounded real time for the call to end.</summary>
    public static async Task PassAsync(ManualTimeProvider clock, TimeSpan deadline, Task pending)
    {
        for (var step = 0; step < 3 && !pending.IsCompleted; step++)
        {
            clock.Advance(deadline);
            try
            {
                await pending.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException)
            {
                // Not armed yet when the clock moved: the next step fires it.
            }
        }

        Assert.True(pending.IsCompleted, "the call did not end after three deadlines");
    }
}
