using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ContinueAsNewTests
{
    [Fact]
    public async Task ContinueAsNew_WithUnprocessedEvents_CarriesThemToTheNextExecution()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Counter>());
        var id = await host.Client.StartAsync(nameof(Counter), new CounterState(0, []));
        await host.IdleAsync();

        // Three events in one episode: the first is consumed, the other two must survive the restart.
        await Task.WhenAll(
            host.Client.RaiseEventAsync(id, "add", "a"),
            host.Client.RaiseEventAsync(id, "add", "b"),
            host.Client.RaiseEventAsync(id, "add", "c"));

        var state = await host.CompletionAsync(id);
        var result = state.ReadOutputAs<CounterState>()!;
        Assert.Equal(3, result.Generation);
        Assert.Equal(3, result.Seen.Length);
        Assert.Equal(["a", "b", "c"], result.Seen.Order());
        var history = await host.HistoryAsync(id);
        Assert.Equal(1, history.Count(e => e.Type == HistoryEventType.ExecutionStarted));
    }

    private sealed record CounterState(int Generation, string[] Seen);

    /// <summary>Takes one event per execution and continues as new, until it has seen three.</summary>
    private sealed class Counter : Workflow<CounterState, CounterState>
    {
        public override async Task<CounterState> RunAsync(WorkflowContext context, CounterState input)
        {
            if (input.Seen.Length == 3)
            {
                return input;
            }

            var value = await context.WaitForExternalEvent<string>("add");
            context.ContinueAsNew(new CounterState(input.Generation + 1, [.. input.Seen, value]));
            return input;
        }
    }
}
