using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MockInterview.TestSupport;
using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ObserverTests
{
    [Fact]
    public async Task OnStateChanged_InstanceLifecycle_ReportsEachCommittedChangeInOrder()
    {
        var observer = new ListObserver();
        await using var host = await WorkflowTestHost.StartAsync(
            b => b.AddWorkflow<Asker>(),
            configureServices: s => s.AddSingleton<IWorkflowStateObserver>(observer));
        var id = await host.Client.StartAsync(nameof(Asker), null);
        await Eventually.TrueAsync(() => observer.States.Count == 2, "the question is published");

        await host.Client.RaiseEventAsync(id, "answer", "42");
        await host.CompletionAsync(id);
        await Eventually.TrueAsync(() => observer.States.Count == 3, "the completion is observed");

        var states = observer.States.ToArray();
        Assert.Equal([WorkflowStatus.Pending, WorkflowStatus.Running, WorkflowStatus.Completed], states.Select(s => s.Status));
        Assert.Equal("question", states[1].ReadCustomStatusAs<string>());
        Assert.Equal("42", states[2].ReadOutputAs<string>());
    }

    private sealed class ListObserver : IWorkflowStateObserver
    {
        public ConcurrentQueue<WorkflowState> States { get; } = new();

        public void OnStateChanged(WorkflowState state) => States.Enqueue(state);
    }

    private sealed class Asker : Workflow<object?, string>
    {
        public override Task<string> RunAsync(WorkflowContext context, object? input)
        {
            context.SetCustomStatus("question");
            return context.WaitForExternalEvent<string>("answer");
        }
    }
}
