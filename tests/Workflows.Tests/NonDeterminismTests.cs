using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class NonDeterminismTests
{
    [Fact]
    public async Task Replay_CodeChangedUnderRunningInstance_FailsWithMessageNamingBothDecisions()
    {
        var database = WorkflowTestHost.FileDatabase();
        InstanceId id;
        await using (var first = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Original>("Interview").AddActivity<Greet>(), database))
        {
            id = await first.Client.StartAsync("Interview", null);
            await first.IdleAsync();
        }

        await using var second = await WorkflowTestHost.StartAsync(
            b => b.AddWorkflow<Changed>("Interview").AddActivity<Greet>().AddActivity<RecordActivity>(), database, instanceCacheSize: 0);
        await second.Client.RaiseEventAsync(id, "go", null);

        var state = await second.CompletionAsync(id);
        Assert.Equal(WorkflowStatus.Failed, state.Status);
        Assert.Equal(nameof(NonDeterministicWorkflowException), state.Failure!.ErrorType);
        Assert.Contains("history has activity 'Greet' (task id 0)", state.Failure.Message);
        Assert.Contains("the code now schedules timer", state.Failure.Message);
    }

    [Fact]
    public async Task Replay_ActivityRenamed_FailsWithBothActivityNames()
    {
        var database = WorkflowTestHost.FileDatabase();
        InstanceId id;
        await using (var first = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Original>("Interview").AddActivity<Greet>(), database))
        {
            id = await first.Client.StartAsync("Interview", null);
            await first.IdleAsync();
        }

        await using var second = await WorkflowTestHost.StartAsync(
            b => b.AddWorkflow<Renamed>("Interview").AddActivity<Greet>("Welcome"), database);
        await second.Client.RaiseEventAsync(id, "go", null);

        var state = await second.CompletionAsync(id);
        Assert.Equal(WorkflowStatus.Failed, state.Status);
        Assert.Contains("history has activity 'Greet' (task id 0) but the code now schedules activity 'Welcome' (task id 0)", state.Failure!.Message);
    }

    private sealed class Original : Workflow<object?, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, object? input)
        {
            var greeting = await context.CallActivityAsync<string>(nameof(Greet), "you");
            await context.WaitForExternalEvent<object?>("go");
            return greeting;
        }
    }

    private sealed class Changed : Workflow<object?, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, object? input)
        {
            await context.CreateTimer(TimeSpan.FromSeconds(1));
            await context.WaitForExternalEvent<object?>("go");
            return "changed";
        }
    }

    private sealed class Renamed : Workflow<object?, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, object? input)
        {
            var greeting = await context.CallActivityAsync<string>("Welcome", "you");
            await context.WaitForExternalEvent<object?>("go");
            return greeting;
        }
    }
}
