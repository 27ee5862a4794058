using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class TimerTests
{
    [Fact]
    public async Task CreateTimer_ClockNotAdvancedEnough_DoesNotFire()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Sleeper>());
        var id = await host.Client.StartAsync(nameof(Sleeper), 5);

        await host.AdvanceAsync(TimeSpan.FromMinutes(4));

        var state = await host.Client.GetAsync(id);
        Assert.Equal(WorkflowStatus.Running, state!.Status);
    }

    [Fact]
    public async Task CreateTimer_ClockAdvancedToFireTime_CompletesWithWorkflowTime()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Sleeper>());
        var started = host.Time.GetUtcNow();
        var id = await host.Client.StartAsync(nameof(Sleeper), 5);

        await host.AdvanceAsync(TimeSpan.FromMinutes(4));
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var state = await host.CompletionAsync(id);
        Assert.Equal(started.UtcDateTime.AddMinutes(5), state.ReadOutputAs<DateTime>());
    }

    private sealed class Sleeper : Workflow<int, DateTime>
    {
        public override async Task<DateTime> RunAsync(WorkflowContext context, int minutes)
        {
            await context.CreateTimer(TimeSpan.FromMinutes(minutes));
            return context.CurrentUtcDateTime;
        }
    }
}
