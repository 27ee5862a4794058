using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ClientTests
{
    [Fact]
    public async Task StartAsync_IdInUse_ThrowsWorkflowAlreadyExists()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());
        await host.Client.StartAsync(nameof(Waiter), null, new StartWorkflowOptions(new InstanceId("taken")));

        await Assert.ThrowsAsync<WorkflowAlreadyExistsException>(
            () => host.Client.StartAsync(nameof(Waiter), null, new StartWorkflowOptions(new InstanceId("taken"))));
    }

    [Fact]
    public async Task RaiseEventAsync_UnknownInstance_ThrowsWorkflowNotFound()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => host.Client.RaiseEventAsync(new InstanceId("ghost"), "x", null));
    }

    [Fact]
    public async Task GetAsync_UnknownInstance_ReturnsNull()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());

        Assert.Null(await host.Client.GetAsync(new InstanceId("ghost")));
    }

    [Fact]
    public async Task WaitForCompletionAsync_Cancelled_StopsWaiting()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());
        var id = await host.Client.StartAsync(nameof(Waiter), null);
        using var cancel = new CancellationTokenSource();

        var waiting = host.Client.WaitForCompletionAsync(id, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task StartAsync_WithStartAt_RunsFirstEpisodeOnlyWhenTheClockGetsThere()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Waiter>());
        var id = await host.Client.StartAsync(nameof(Waiter), null, new StartWorkflowOptions(StartAt: host.Time.GetUtcNow().AddMinutes(10)));
        await host.Client.RaiseEventAsync(id, "go", "early");
        await host.IdleAsync();
        Assert.Equal(WorkflowStatus.Pending, (await host.Client.GetAsync(id))!.Status);

        await host.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal("early", (await host.CompletionAsync(id)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task RunAsync_WorkflowThrows_FailsWithTypeMessageAndStack()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Thrower>());

        var state = await host.RunAsync(nameof(Thrower), null);

        Assert.Equal(WorkflowStatus.Failed, state.Status);
        Assert.Equal(nameof(InvalidOperationException), state.Failure!.ErrorType);
        Assert.Equal("no questions left", state.Failure.Message);
        Assert.Contains(nameof(Thrower), state.Failure.StackTrace);
    }

    private sealed class Waiter : Workflow<object?, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, object? input) => context.WaitForExternalEvent<string>("go");
    }

    private sealed class Thrower : Workflow<object?, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, object? input)
        {
            await context.CreateTimer(context.CurrentUtcDateTime);
            throw new InvalidOperationException("no questions left");
        }
    }
}
