using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ExternalEventTimeoutTests
{
    [Fact]
    public async Task WaitForExternalEvent_EventBeforeTimeout_ReturnsEventAndIgnoresLateTimer()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<AnswerOrTimeout>());
        var id = await host.Client.StartAsync(nameof(AnswerOrTimeout), null);
        await host.IdleAsync();

        await host.Client.RaiseEventAsync(id, "answer", "first");
        await host.IdleAsync();
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        await host.Client.RaiseEventAsync(id, "answer", "second");

        var state = await host.CompletionAsync(id);
        Assert.Equal(["first", "second"], state.ReadOutputAs<string[]>()!);
        Assert.Equal(0, host.Engine.DueQueue.Count);
    }

    [Fact]
    public async Task WaitForExternalEvent_TimeoutBeforeEvent_ThrowsTimeoutAndBuffersLateEventForNextWaiter()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<AnswerOrTimeout>());
        var id = await host.Client.StartAsync(nameof(AnswerOrTimeout), null);

        await host.AdvanceAsync(TimeSpan.FromSeconds(30));
        await host.Client.RaiseEventAsync(id, "answer", "late");

        var state = await host.CompletionAsync(id);
        Assert.Equal(["timeout", "late"], state.ReadOutputAs<string[]>()!);
    }

    /// <summary>Waits 30 s for an answer, then (either way) waits for one more without a timeout.</summary>
    private sealed class AnswerOrTimeout : Workflow<object?, string[]>
    {
        public override async Task<string[]> RunAsync(WorkflowContext context, object? input)
        {
            string first;
            try
            {
                first = await context.WaitForExternalEvent<string>("answer", TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                first = "timeout";
            }

            var second = await context.WaitForExternalEvent<string>("answer");
            return [first, second];
        }
    }
}
