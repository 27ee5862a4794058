using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class FinishWaiterTests
{
    [Fact]
    public async Task WaitForCompletionAsync_FinishedUnknownOrCancelled_LeavesNoWaiterListBehind()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());
        var finished = await host.Client.StartAsync(nameof(Waiter), null);
        await host.Client.RaiseEventAsync(finished, "go", "done");
        await host.CompletionAsync(finished);
        var running = await host.Client.StartAsync(nameof(Waiter), null);
        using var cancel = new CancellationTokenSource();

        for (var i = 0; i < 3; i++)
        {
            await host.CompletionAsync(finished);
        }

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => host.Client.WaitForCompletionAsync(new InstanceId("ghost")));
        var waiting = host.Client.WaitForCompletionAsync(running, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        Assert.Equal(0, host.Engine.WaitedInstances);
    }

    private sealed class Waiter : Workflow<object?, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, object? input) => context.WaitForExternalEvent<string>("go");
    }
}
