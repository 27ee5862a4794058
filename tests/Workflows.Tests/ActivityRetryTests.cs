using Microsoft.Extensions.DependencyInjection;
using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ActivityRetryTests
{
    [Fact]
    public async Task CallActivityAsync_FailsTwiceThenSucceeds_RetriesAfterBackoffOnTheFakeClock()
    {
        var recorder = new Recorder();
        await using var host = await StartAsync(recorder);
        var id = await host.Client.StartAsync(nameof(RetryingWorkflow), 3);

        await host.IdleAsync();
        Assert.Equal(1, recorder.Runs);
        await host.AdvanceAsync(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, recorder.Runs);
        await host.AdvanceAsync(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, recorder.Runs);
        await host.AdvanceAsync(TimeSpan.FromSeconds(2));

        var state = await host.CompletionAsync(id);
        Assert.Equal(3, recorder.Runs);
        Assert.Equal("succeeded on attempt 3", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CallActivityAsync_RetriesExhausted_ThrowsActivityFailedExceptionInWorkflow()
    {
        var recorder = new Recorder();
        await using var host = await StartAsync(recorder);
        var id = await host.Client.StartAsync(nameof(RetryingWorkflow), 99);

        foreach (var delay in new[] { 1, 2, 4, 8 })
        {
            await host.AdvanceAsync(TimeSpan.FromSeconds(delay));
        }

        var state = await host.CompletionAsync(id);
        Assert.Equal(WorkflowStatus.Completed, state.Status);
        Assert.Equal(5, recorder.Runs);
        Assert.Equal("gave up: FlakyActivity: InvalidOperationException: attempt 5 failed", state.ReadOutputAs<string>());
    }

    [Fact]
    public void RetryDelay_GrowsByCoefficient_IsCappedAtMaxRetryDelay()
    {
        var options = new ActivityOptions(MaxAttempts: 10, FirstRetryDelay: TimeSpan.FromSeconds(1), MaxRetryDelay: TimeSpan.FromSeconds(5));

        var delays = Enumerable.Range(1, 5).Select(attempt => ActivityRunner.RetryDelay(options, attempt).TotalSeconds);

        Assert.Equal([1, 2, 4, 5, 5], delays);
    }

    private static Task<WorkflowTestHost> StartAsync(Recorder recorder) => WorkflowTestHost.StartAsync(
        b => b.AddWorkflow<RetryingWorkflow>().AddActivity<FlakyActivity>(),
        configureServices: s => s.AddSingleton(recorder));

    private sealed class RetryingWorkflow : Workflow<int, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, int succeedOnAttempt)
        {
            try
            {
                var attempt = await context.CallActivityAsync<int>(nameof(FlakyActivity), succeedOnAttempt);
                return $"succeeded on attempt {attempt}";
            }
            catch (ActivityFailedException ex)
            {
                return $"gave up: {ex.ActivityName}: {ex.Failure.ErrorType}: {ex.Failure.Message}";
            }
        }
    }
}
