using Microsoft.Extensions.DependencyInjection;
using MockInterview.Workflows.Tests.Support;

namespace MockInterview.Workflows.Tests;

public sealed class CrashRecoveryTests
{
    private const int Instances = 40;
    private const int Questions = 5;

    [Fact]
    public async Task Restart_AfterKillMidFlight_EveryInstanceFinishesWithEachQuestionAndAnswerOnce()
    {
        var database = WorkflowTestHost.FileDatabase();
        var recorder = new Recorder();
        var ids = Enumerable.Range(0, Instances).Select(i => new InstanceId($"interview-{i}")).ToArray();

        var first = await StartAsync(database, recorder);
        await Task.WhenAll(ids.Select(id => first.Client.StartAsync(nameof(InterviewWorkflow), Questions, new StartWorkflowOptions(id))));
        await AnswerRoundAsync(first, ids);
        await first.IdleAsync();
        await AnswerRoundAsync(first, ids);

        // Killed with answers, episodes and activities in flight: nothing after this point is committed.
        first.Crash();

        await using var second = await StartAsync(database, recorder);
        for (var round = 0; round < Questions * 2 && !await AllFinishedAsync(second, ids); round++)
        {
            await second.IdleAsync();
            await AnswerRoundAsync(second, ids);
        }

        var states = await Task.WhenAll(ids.Select(second.CompletionAsync));
        Assert.All(states, s => Assert.Equal(WorkflowStatus.Completed, s.Status));
        Assert.All(states, s => Assert.Equal(
            Enumerable.Range(0, Questions).Select(q => InterviewWorkflow.Answer(s.InstanceId, q)), s.ReadOutputAs<string[]>()!));
        Assert.All(ids, id => Assert.Equal(InterviewWorkflow.ExpectedRecords(id, Questions), recorder.For(id)));
    }

    private static Task<WorkflowTestHost> StartAsync(string database, Recorder recorder) => WorkflowTestHost.StartAsync(
        b => b.AddWorkflow<InterviewWorkflow>().AddActivity<RecordActivity>(),
        database,
        configureServices: s => s.AddSingleton(recorder));

    /// <summary>Answers the question each unfinished instance shows; the key makes a repeated answer a no-op.</summary>
    private static async Task AnswerRoundAsync(WorkflowTestHost host, InstanceId[] ids)
    {
        await Task.WhenAll(ids.Select(async id =>
        {
            var state = await host.Client.GetAsync(id);
            if (state is null || state.IsFinished || state.SerializedCustomStatus is null)
            {
                return;
            }

            var question = state.ReadCustomStatusAs<int>();
            try
            {
                await host.Client.RaiseEventAsync(id, "answer", InterviewWorkflow.Answer(id, question), new RaiseEventOptions($"answer-{question}"));
            }
            catch (DuplicateEventException)
            {
                // Already answered before the crash; the workflow has not consumed it yet.
            }
        }));
    }

    private static async Task<bool> AllFinishedAsync(WorkflowTestHost host, InstanceId[] ids)
    {
        var states = await Task.WhenAll(ids.Select(id => host.Client.GetAsync(id)));
        return states.All(s => s is { IsFinished: true });
    }
}
