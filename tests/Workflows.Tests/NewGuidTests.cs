using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class NewGuidTests
{
    [Fact]
    public async Task NewGuid_ReplayedWithoutCache_ReturnsTheSameGuids()
    {
        // Cache off: the second episode replays the first, and must regenerate the GUID it published.
        await using var host = await WorkflowTestHost.StartAsync(b => b.AddWorkflow<GuidMaker>(), instanceCacheSize: 0);
        var id = await host.Client.StartAsync(nameof(GuidMaker), null);
        await host.IdleAsync();
        var published = (await host.Client.GetAsync(id))!.ReadCustomStatusAs<Guid>();

        await host.Client.RaiseEventAsync(id, "next", null);
        var guids = (await host.CompletionAsync(id)).ReadOutputAs<Guid[]>()!;

        Assert.Equal(published, guids[0]);
        Assert.Equal(3, guids.Distinct().Count());
    }

    [Fact]
    public void Create_SameName_GivesTheSameVersion5Guid()
    {
        var first = DeterministicGuid.Create("instance_2026-01-01T09:00:00.0000000Z_0");
        var again = DeterministicGuid.Create("instance_2026-01-01T09:00:00.0000000Z_0");
        var other = DeterministicGuid.Create("instance_2026-01-01T09:00:00.0000000Z_1");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(5, first.Version);
    }

    private sealed class GuidMaker : Workflow<object?, Guid[]>
    {
        public override async Task<Guid[]> RunAsync(WorkflowContext context, object? input)
        {
            var first = context.NewGuid();
            var second = context.NewGuid();
            context.SetCustomStatus(first);
            await context.WaitForExternalEvent<object?>("next");
            return [first, second, context.NewGuid()];
        }
    }
}
