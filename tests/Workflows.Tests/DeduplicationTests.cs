using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class DeduplicationTests
{
    [Fact]
    public async Task RaiseEventAsync_SameKeyTwice_RefusesTheSecond()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Collector>());
        var id = await host.Client.StartAsync(nameof(Collector), null);
        await host.Client.RaiseEventAsync(id, "answer", "first", new RaiseEventOptions("q1"));

        var error = await Assert.ThrowsAsync<DuplicateEventException>(
            () => host.Client.RaiseEventAsync(id, "answer", "again", new RaiseEventOptions("q1")));

        Assert.Equal("q1", error.DeduplicationKey);
        await host.Client.RaiseEventAsync(id, "answer", "second", new RaiseEventOptions("q2"));
        Assert.Equal(["first", "second"], (await host.CompletionAsync(id)).ReadOutputAs<string[]>()!);
    }

    [Fact]
    public async Task RaiseEventAsync_FiftyConcurrentRaisesWithOneKey_AcceptsExactlyOne()
    {
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<Collector>());
        var id = await host.Client.StartAsync(nameof(Collector), null);

        var raises = Enumerable.Range(0, 50)
            .Select(i => Task.Run(() => host.Client.RaiseEventAsync(id, "answer", $"copy{i}", new RaiseEventOptions("same"))))
            .ToArray();
        var outcome = await Task.WhenAll(raises.Select(async r =>
        {
            try
            {
                await r;
                return true;
            }
            catch (DuplicateEventException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcome.Count(accepted => accepted));
        await host.Client.RaiseEventAsync(id, "answer", "closing", new RaiseEventOptions("other"));
        var answers = (await host.CompletionAsync(id)).ReadOutputAs<string[]>()!;
        Assert.StartsWith("copy", answers[0]);
        Assert.Equal("closing", answers[1]);
    }

    private sealed class Collector : Workflow<object?, string[]>
    {
        public override async Task<string[]> RunAsync(WorkflowContext context, object? input) =>
            [await context.WaitForExternalEvent<string>("answer"), await context.WaitForExternalEvent<string>("answer")];
    }
}
