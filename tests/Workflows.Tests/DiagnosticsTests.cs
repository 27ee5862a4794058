using Microsoft.Extensions.DependencyInjection;

using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task GetStatistics_AfterThreeActivityCalls_CountsEpisodesAndActivities()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<ThreeSteps>().AddActivity<Echo>());
        var diagnostics = host.Services.GetRequiredService<IWorkflowDiagnostics>();

        await host.CompletionAsync(await host.Client.StartAsync(nameof(ThreeSteps), input: null));

        var statistics = diagnostics.GetStatistics();
        Assert.Equal(3, statistics.ActivitiesRun);
        Assert.Equal(4, statistics.EpisodesCommitted); // start, then one per activity result
        Assert.Equal(statistics.EpisodesCommitted + statistics.ActivitiesRun, statistics.WorkItems);
        Assert.Equal(0, statistics.Replays);
    }

    private sealed class ThreeSteps : Workflow<string?, int>
    {
        public override async Task<int> RunAsync(WorkflowContext context, string? input)
        {
            var total = 0;
            for (var i = 1; i <= 3; i++)
            {
                total += await context.CallActivityAsync<int>(nameof(Echo), i);
            }

            return total;
        }
    }

    private sealed class Echo : Activity<int, int>
    {
        public override Task<int> RunAsync(ActivityContext context, int input) => Task.FromResult(input);
    }
}
