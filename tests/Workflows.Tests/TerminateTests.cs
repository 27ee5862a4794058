using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class TerminateTests
{
    [Fact]
    public async Task TerminateAsync_RunningInstance_EndsTerminatedWithReason()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());
        var id = await host.Client.StartAsync(nameof(Waiter), null);
        await host.IdleAsync();

        await host.Client.TerminateAsync(id, "candidate left");

        var state = await host.CompletionAsync(id);
        Assert.Equal(WorkflowStatus.Terminated, state.Status);
        Assert.Equal("candidate left", state.ReadOutputAs<string>());
        await Assert.ThrowsAsync<WorkflowNotRunningException>(() => host.Client.RaiseEventAsync(id, "never", null));
    }

    [Fact]
    public async Task TerminateAsync_FinishedInstance_LeavesItAsItIs()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());
        var id = await host.Client.StartAsync(nameof(Waiter), null);
        await host.Client.RaiseEventAsync(id, "never", "came");
        await host.CompletionAsync(id);

        await host.Client.TerminateAsync(id, "too late");

        var state = await host.Client.GetAsync(id);
        Assert.Equal(WorkflowStatus.Completed, state!.Status);
        Assert.Equal("came", state.ReadOutputAs<string>());
    }

    [Fact]
    public async Task TerminateAsync_UnknownInstance_ThrowsWorkflowNotFound()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => host.Client.TerminateAsync(new InstanceId("nobody")));
    }

    private sealed class Waiter : Workflow<object?, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, object? input) => context.WaitForExternalEvent<string>("never");
    }
}
