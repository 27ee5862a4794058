using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class PurgeTests
{
    [Fact]
    public async Task PurgeAsync_FinishedInstance_DeletesItAndFreesItsId()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Echo>());
        var state = await host.RunAsync(nameof(Echo), "x", id: "purge-me");

        Assert.True(await host.Client.PurgeAsync(state.InstanceId));

        Assert.Null(await host.Client.GetAsync(state.InstanceId));
        Assert.Empty(await host.HistoryAsync(state.InstanceId));
        Assert.False(await host.Client.PurgeAsync(state.InstanceId));
        var again = await host.RunAsync(nameof(Echo), "y", id: "purge-me");
        Assert.Equal("y", again.ReadOutputAs<string>());
    }

    [Fact]
    public async Task PurgeAsync_RunningInstance_ThrowsAndKeepsIt()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Echo>().AddWorkflow<Stuck>());
        var id = await host.Client.StartAsync(nameof(Stuck), null);
        await host.IdleAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.PurgeAsync(id));

        Assert.Equal(WorkflowStatus.Running, (await host.Client.GetAsync(id))!.Status);
    }

    private sealed class Echo : Workflow<string, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, string input) => Task.FromResult(input);
    }

    private sealed class Stuck : Workflow<object?, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, object? input) => context.WaitForExternalEvent<string>("never");
    }
}
