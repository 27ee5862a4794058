using Microsoft.Extensions.DependencyInjection;
using MockInterview.TestSupport;
using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ManyInstances_RunConcurrently_EachGetsItsOwnEventsAndActivities()
    {
        const int instances = 200;
        const int questions = 3;
        var recorder = new Recorder();
        await using var host = await WorkflowTestHost.StartAsync(
            b => b.AddWorkflow<InterviewWorkflow>().AddActivity<RecordActivity>(),
            configureServices: s => s.AddSingleton(recorder));

        var ids = await Task.WhenAll(Enumerable.Range(0, instances)
            .Select(i => host.Client.StartAsync(nameof(InterviewWorkflow), questions, new StartWorkflowOptions(new InstanceId($"c{i}")))));
        for (var q = 0; q < questions; q++)
        {
            var question = q;
            await Task.WhenAll(ids.Select(async id =>
            {
                await Eventually.TrueAsync(async () => (await host.Client.GetAsync(id))?.ReadCustomStatusAs<int>() == question, $"{id} asks question {question}");
                await host.Client.RaiseEventAsync(id, "answer", InterviewWorkflow.Answer(id, question));
            }));
        }

        var states = await Task.WhenAll(ids.Select(host.CompletionAsync));
        Assert.All(states, s => Assert.Equal(WorkflowStatus.Completed, s.Status));
        Assert.All(states, s => Assert.Equal(
            Enumerable.Range(0, questions).Select(q => InterviewWorkflow.Answer(s.InstanceId, q)), s.ReadOutputAs<string[]>()!));
        Assert.All(ids, id => Assert.Equal(InterviewWorkflow.ExpectedRecords(id, questions), recorder.For(id)));
    }
}
