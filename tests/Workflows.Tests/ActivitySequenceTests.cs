using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ActivitySequenceTests
{
    [Fact]
    public async Task CallActivityAsync_InSequence_ReturnsResultsInOrder()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<HelloCities>().AddActivity<Greet>());

        var state = await host.RunAsync(nameof(HelloCities), new[] { "Tokyo", "London", "Seattle" });

        Assert.Equal(WorkflowStatus.Completed, state.Status);
        Assert.Equal(["Hello, Tokyo!", "Hello, London!", "Hello, Seattle!"], state.ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task CallActivityAsync_FanOutWithWhenAll_ReturnsAllResultsInCallOrder()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<FanOut>().AddActivity<Greet>());

        var cities = Enumerable.Range(0, 20).Select(i => $"city{i}").ToArray();
        var state = await host.RunAsync(nameof(FanOut), cities);

        Assert.Equal(WorkflowStatus.Completed, state.Status);
        Assert.Equal(cities.Select(c => $"Hello, {c}!"), state.ReadOutputAs<string[]>()!);
        var history = await host.HistoryAsync(state.InstanceId);
        Assert.Equal(20, history.Count(e => e.Type == HistoryEventType.TaskScheduled));
    }

    private sealed class HelloCities : Workflow<string[], string[]>
    {
        public override async Task<string[]> RunAsync(WorkflowContext context, string[] input)
        {
            var results = new List<string>();
            foreach (var city in input)
            {
                results.Add(await context.CallActivityAsync<string>(nameof(Greet), city));
            }

            return [.. results];
        }
    }

    private sealed class FanOut : Workflow<string[], string[]>
    {
        public override Task<string[]> RunAsync(WorkflowContext context, string[] input) =>
            Task.WhenAll(input.Select(city => context.CallActivityAsync<string>(nameof(Greet), city)));
    }
}
