using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ExternalEventBufferingTests
{
    [Fact]
    public async Task WaitForExternalEvent_EventsRaisedBeforeWaiting_AreBufferedAndReadInArrivalOrder()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<WaitsAfterTimer>());
        var id = await host.Client.StartAsync(nameof(WaitsAfterTimer), 3);
        await host.IdleAsync();

        await host.Client.RaiseEventAsync(id, "Note", "one");
        await host.Client.RaiseEventAsync(id, "NOTE", "two");
        await host.Client.RaiseEventAsync(id, "note", "three");
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));

        var state = await host.CompletionAsync(id);
        Assert.Equal(["one", "two", "three"], state.ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task WaitForExternalEvent_SeveralWaiters_ServedFirstComeFirstServed()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<ParallelWaiters>());
        var id = await host.Client.StartAsync(nameof(ParallelWaiters), null);
        await host.IdleAsync();

        await host.Client.RaiseEventAsync(id, "go", "a");
        await host.Client.RaiseEventAsync(id, "go", "b");

        var state = await host.CompletionAsync(id);
        Assert.Equal("first=a second=b", state.ReadOutputAs<string>());
    }

    private sealed class WaitsAfterTimer : Workflow<int, string[]>
    {
        public override async Task<string[]> RunAsync(WorkflowContext context, int count)
        {
            await context.CreateTimer(TimeSpan.FromMinutes(1));
            var notes = new List<string>();
            for (var i = 0; i < count; i++)
            {
                notes.Add(await context.WaitForExternalEvent<string>("note"));
            }

            return [.. notes];
        }
    }

    private sealed class ParallelWaiters : Workflow<object?, string>
    {
        public override async Task<string> RunAsync(WorkflowContext context, object? input)
        {
            var first = context.WaitForExternalEvent<string>("go");
            var second = context.WaitForExternalEvent<string>("go");
            await Task.WhenAll(first, second);
            return $"first={first.Result} second={second.Result}";
        }
    }
}
